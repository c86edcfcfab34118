#!/usr/bin/env bash
# `npm run test:sanitize`: builds the native engine with AddressSanitizer + UndefinedBehavior-
# Sanitizer in its own build dir (build/sanitize; clang when installed, which also builds the
# libFuzzer targets scripts/fuzz.sh runs, else g++), then runs GoogleTest and every golden
# program on that build. Any sanitizer report fails the run (UB is fatal, leaks are not
# checked: the engine keeps process-lifetime caches on purpose).
#   scripts/sanitize.sh [--build-only]
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh >/dev/null || exit 1

dir=build/sanitize
cxx=${SL_SANITIZE_CXX:-$(command -v clang++-14 || command -v clang++ || command -v g++)}
launcher=()
if command -v ccache >/dev/null; then
  export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$(dirname "$PWD")} CCACHE_NOHASHDIR=1
  launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi
if [ ! -f $dir/CMakeCache.txt ]; then
  # -O1: sanitizers stay precise and the build stays affordable on small machines
  cmake -S . -B $dir -DSL_SANITIZE=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g" -DCMAKE_CXX_COMPILER="$cxx" "${launcher[@]}" >/dev/null || exit 1
fi
targets=(stridelab_native stridelab_tests)
[ "${1:-}" = --fuzz ] && targets=(fuzz_program fuzz_npy fuzz_loadtxt fuzz_args fuzz_array_ops)
cmake --build $dir -j"$(nproc)" --target "${targets[@]}" || exit 1
case "${1:-}" in --build-only|--fuzz) exit 0 ;; esac

export ASAN_OPTIONS=detect_leaks=0:abort_on_error=1:detect_stack_use_after_return=0
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
failed=()
echo "=== sanitize gtest"
ctest --test-dir $dir --output-on-failure -j2 || failed+=(gtest)
echo "=== sanitize golden (native, ASan+UBSan)"
STRIDELAB_NATIVE_BIN=$dir/stridelab_native node scripts/golden_check.mjs --engine native --timeout 120 || failed+=(golden)
if [ ${#failed[@]} -gt 0 ]; then
  echo "test:sanitize: FAILED: ${failed[*]}"
  exit 1
fi
echo "test:sanitize: gtest and every golden program pass under ASan+UBSan"
