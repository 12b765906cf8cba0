#!/usr/bin/env bash
# Installs the real servers the tests talk to into .tools/ (ignored by git), so a clean clone on a
# fresh machine needs nothing but the .NET SDK, Node.js and npm:
#   maildev   a real SMTP server with an HTTP API (email end-to-end tests and build/bench.sh)
# Idempotent: a second run with everything in place takes well under a second.
set -euo pipefail
cd "$(dirname "$0")/.."
tools=.tools/npm
maildev_version=3.0.0

if [[ -x $tools/node_modules/.bin/maildev ]] && grep -q "\"version\": \"$maildev_version\"" $tools/node_modules/maildev/package.json 2>/dev/null; then
  echo "maildev $maildev_version is installed"
  exit 0
fi
command -v npm >/dev/null || { echo "npm is required to install maildev (Debian: apt-get install -y nodejs npm)" >&2; exit 1; }
mkdir -p $tools
echo "installing maildev $maildev_version into $tools"
# One retry: the registry occasionally drops a connection half-way.
for attempt in 1 2; do
  if npm install --prefix $tools --no-audit --no-fund --loglevel=error "maildev@$maildev_version"; then exit 0; fi
  echo "npm install failed (attempt $attempt)" >&2
  sleep 2
done
exit 1
