#!/usr/bin/env bash
# One command builds everything, incrementally:
#   build/native  core + lang + GoogleTest (g++)
#   build/wasm    core + lang + bindings -> stridelab_engine.mjs/.wasm (emcmake)
#   dist-lib/     the npm package (web/lib compiled by tsc + the engine files; the worker,
#                 <stride-lab> element and views bundled by scripts/bundle-package.mjs)
#   dist/         the static playground site (vite build)
# Usage: scripts/build.sh [native|wasm|lib|site|all]   (default all)
set -euo pipefail
cd "$(dirname "$0")/.."
export NODE_PATH=/usr/share/nodejs   # Debian's emcc runs its JS tools with Node and needs acorn
what=${1:-all}
jobs=$(nproc)
# ccache, when installed, shares compiled objects between checkouts (git worktrees): paths
# under /work are hashed relative to it. Optional: CI builds once and does not need it.
native_launcher=()
if command -v ccache >/dev/null; then
  export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$(dirname "$PWD")} CCACHE_NOHASHDIR=1
  export EM_COMPILER_WRAPPER=ccache
  native_launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi

build_native() {
  if [ ! -f build/native/CMakeCache.txt ]; then
    cmake -S . -B build/native -DCMAKE_BUILD_TYPE=Release "${native_launcher[@]}" >/dev/null
  fi
  cmake --build build/native -j"$jobs"
}
build_wasm() {
  if [ ! -f build/wasm/CMakeCache.txt ]; then
    emcmake cmake -S . -B build/wasm -DCMAKE_BUILD_TYPE=Release >/dev/null
  fi
  cmake --build build/wasm -j"$jobs"
}
build_lib() {
  rm -rf dist-lib # nothing stale may reach the package
  npx tsc -p web/lib/tsconfig.json
  mkdir -p dist-lib
  # mode 644: the .wasm is data (emcc marks it executable)
  install -m 644 build/wasm/stridelab_engine.mjs build/wasm/stridelab_engine.wasm dist-lib/
  install -m 644 web/lib/require.cjs dist-lib/
  chmod +x dist-lib/cli.js
  # the self-contained worker.js, the element/ui bundles and their declarations
  rm -rf build/ui-types
  npx tsc -p web/ui/tsconfig.types.json
  node scripts/bundle-package.mjs
}
build_site() {
  npx vite build --config web/app/vite.config.ts --logLevel warn
  node scripts/pack-lesson-site.mjs # the lesson page for `stridelab lesson build` (in the package)
}

case "$what" in
  native) build_native ;;
  wasm) build_wasm ;;
  lib) build_wasm; build_lib ;;
  site) build_wasm; build_lib; build_site ;;
  all) build_native; build_wasm; build_lib; build_site ;;
  *) echo "usage: $0 [native|wasm|lib|site|all]" >&2; exit 2 ;;
esac
