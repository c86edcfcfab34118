#!/usr/bin/env bash
# `npm run bench`: build (if needed), then time the workloads side by side with NumPy.
# `npm run bench -- --browser`: the same in the built page's worker (headless Chromium).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
if [[ " $* " == *" --browser "* ]]; then bash scripts/build.sh site; else bash scripts/build.sh lib; fi
# --expose-gc: the bench drops each workload's engine (its wasm memory) before the next
node --expose-gc scripts/bench/run.mjs "$@"
