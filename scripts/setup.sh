#!/usr/bin/env bash
# Installs what stridelab needs to build and test. Idempotent and quick when nothing is
# missing. On Debian/Ubuntu as root it installs missing packages with apt-get; elsewhere it
# prints exactly what to install. Then `npm ci` when node_modules is out of date.
set -euo pipefail
cd "$(dirname "$0")/.."

# package -> a file that proves it is installed
declare -A probe=(
  [emscripten]=/usr/bin/emcc
  [libxtensor-dev]=/usr/include/xtensor/xarray.hpp
  [cmake]=/usr/bin/cmake
  [g++]=/usr/bin/g++
  [make]=/usr/bin/make
  [googletest]=/usr/src/googletest/CMakeLists.txt
  [libgtest-dev]=/usr/include/gtest/gtest.h
  [python3-numpy]=/usr/lib/python3/dist-packages/numpy/__init__.py
  [python3-scipy]=/usr/lib/python3/dist-packages/scipy/__init__.py
  [python3-matplotlib]=/usr/lib/python3/dist-packages/matplotlib/__init__.py
  [chromium]=/usr/bin/chromium
  [nodejs]=/usr/bin/node
  # the sanitizer build and the libFuzzer targets (npm run test:sanitize, npm run fuzz)
  # llvm-nm: `npm run size` attributes the wasm's functions to source files
  [llvm]=/usr/bin/llvm-nm
  [clang-14]=/usr/bin/clang++-14
  [libclang-rt-14-dev]=/usr/lib/llvm-14/lib/clang/14.0.6/lib/linux/libclang_rt.fuzzer-x86_64.a
)
missing=()
for pkg in "${!probe[@]}"; do
  [ -e "${probe[$pkg]}" ] || missing+=("$pkg")
done

if [ ${#missing[@]} -gt 0 ]; then
  if command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
    echo "setup: installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "setup: missing packages: ${missing[*]}" >&2
    echo "setup: on Debian 12 run as root: apt-get install ${missing[*]}" >&2
    echo "setup: elsewhere install Emscripten 3.1.x, xtensor 0.24 (+xtl), CMake, a C++17 compiler," >&2
    echo "       GoogleTest, Python 3 with NumPy, Chromium and Node.js >= 18." >&2
    exit 1
  fi
fi

# npm ci only when the lockfile changed since the last install
stamp=node_modules/.stridelab-lock
if [ ! -f "$stamp" ] || ! cmp -s package-lock.json "$stamp"; then
  npm ci --no-audit --no-fund --loglevel=error
  cp package-lock.json "$stamp"
fi
