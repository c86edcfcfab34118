#!/usr/bin/env bash
# Builds the playground and serves it at http://127.0.0.1:5173 (Ctrl+C to stop).
#   bash scripts/start.sh      (= npm start)
# The site is static (dist/): any static host serves it the same way, from any sub-path.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh site
url=http://127.0.0.1:5173/
echo "stridelab playground: $url"
exec npx vite preview --config web/app/vite.config.ts --host 127.0.0.1 --port 5173 --strictPort
