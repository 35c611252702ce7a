#!/usr/bin/env bash
# Installs whatever is missing, builds the release and serves it on http://127.0.0.1:8080/.
# PORT=9000 scripts/serve.sh to use another port.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
. scripts/env.sh
echo "Serving yibao on http://127.0.0.1:${PORT:-8080}/ (Ctrl-C stops)"
release trunk serve --release --offline --no-autoreload --address 127.0.0.1 --port "${PORT:-8080}"
