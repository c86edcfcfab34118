#!/usr/bin/env bash
# `npm run bench`: build (if needed), then time the workloads side by side with NumPy.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh lib
node scripts/bench/run.mjs "$@"
