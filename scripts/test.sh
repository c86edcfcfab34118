#!/usr/bin/env bash
# `npm test`: set up (if needed), build everything, then run every suite:
#   1. GoogleTest (native core + lang) through ctest
#   2. golden programs on the native build (fast feedback, same expectations)
#   3. Vitest against the built npm package (JS API, CLI, golden programs through wasm)
#   4. end-to-end browser tests (playwright-core + Debian Chromium) against the built site:
#      the playground (run.mjs), the lesson page, every exercise (lesson.mjs), what a learner
#      meets at 1280 and 800 px incl. axe-core contrast (learners.mjs), and the
#      <stride-lab> element on docs/embed.html plus the playground as an embed (embed.mjs),
#      stepping, line-cost notes and the Jupyter export/import (stepping.mjs), the memory
#      view of byte order, records and strings on the dtypes lesson (dtypes.mjs)
#   5. consumer tests of the packed tarball: Node, TypeScript, Vite/webpack/esbuild/Rollup
#      builds and a cross-origin (CDN) page in Chromium (tests/consumers/run.mjs; the
#      bundlers are installed from the npm registry once, into node_modules/.cache)
#   6. a few seconds of each libFuzzer target (ASan + UBSan, tests/fuzz/), on its corpus
# Every suite runs even if an earlier one failed; the exit status is non-zero if any failed.
set -uo pipefail
cd "$(dirname "$0")/.."
t0=$SECONDS
bash scripts/setup.sh || exit 1
echo "=== setup: $((SECONDS - t0)) s"
t0=$SECONDS
bash scripts/build.sh all || exit 1
echo "=== build: $((SECONDS - t0)) s"

failed=()
run() {
  local name=$1; shift
  echo
  echo "=== $name: $*"
  local t0=$SECONDS
  # a hung suite fails on its own instead of eating CI's whole time budget
  if timeout --kill-after=20 "${SUITE_TIMEOUT:-1500}" "$@"; then echo "=== $name: ok ($((SECONDS - t0)) s)"
  else echo "=== $name: FAILED ($((SECONDS - t0)) s)"; failed+=("$name"); fi
}
run gtest ctest --test-dir build/native --output-on-failure -j2
run golden-native node scripts/golden_check.mjs --engine native
run vitest npx vitest run --config tests/js/vitest.config.ts
run e2e node tests/e2e/run.mjs
run e2e-lesson node tests/e2e/lesson.mjs
run e2e-learners node tests/e2e/learners.mjs
run e2e-embed node tests/e2e/embed.mjs
run e2e-stepping node tests/e2e/stepping.mjs
run e2e-dtypes node tests/e2e/dtypes.mjs
run consumers node tests/consumers/run.mjs
run fuzz-smoke bash scripts/fuzz.sh --smoke

echo
if [ ${#failed[@]} -gt 0 ]; then
  echo "npm test: FAILED suites: ${failed[*]}"
  exit 1
fi
echo "npm test: all suites passed"
