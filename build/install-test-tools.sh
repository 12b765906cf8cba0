#!/usr/bin/env bash
# Installs the real programs the tests talk to, so a clean clone on a fresh machine needs nothing
# but the .NET SDK (and root for apt-get, as on CI):
#   chromium  Debian's Chromium, driven by Playwright in the browser tests (/usr/bin/chromium)
#   maildev   a real SMTP server with an HTTP API, into .tools/ (ignored by git)
#   azurite   Azure Storage's emulator (blob service), into .tools/: the Azure Blob document store
# Idempotent: a second run with everything in place takes well under a second.
set -euo pipefail
cd "$(dirname "$0")/.."
tools=.tools/npm
maildev_version=3.0.0
azurite_version=3.37.0

install_debian() { # package...
  local sudo=""
  [[ $(id -u) -eq 0 ]] || sudo="sudo -n"
  export DEBIAN_FRONTEND=noninteractive
  # Another apt-get (a second test run, the system's own updates) holds dpkg's lock: wait for it
  # (up to ten minutes) instead of failing at once.
  local wait=(-o DPkg::Lock::Timeout=600)
  # The package lists have a lock of their own that the option does not cover: try again for as long.
  local out
  for _ in $(seq 120); do
    if out=$($sudo apt-get "${wait[@]}" update -qq 2>&1); then break; fi
    echo "$out" >&2
    [[ $out == *"Could not get lock"* ]] || break
    sleep 5
  done
  # The first install can stop half-way with a dpkg "No such file or directory"; a second run finishes it.
  for attempt in 1 2 3; do
    if $sudo apt-get "${wait[@]}" install -y -qq "$@" >/dev/null; then return 0; fi
    echo "apt-get install $* failed (attempt $attempt)" >&2
    $sudo dpkg --configure -a || true
    sleep 2
  done
  return 1
}

if [[ -x /usr/bin/chromium ]]; then
  echo "chromium is installed ($(/usr/bin/chromium --version 2>/dev/null | head -1))"
else
  echo "installing Debian's chromium"
  install_debian chromium
fi
command -v npm >/dev/null || { echo "installing nodejs and npm"; install_debian nodejs npm; }

installed() { # installed PACKAGE VERSION BIN
  [[ -x $tools/node_modules/.bin/$3 ]] && grep -q "\"version\": \"$2\"" "$tools/node_modules/$1/package.json" 2>/dev/null
}
wanted=()
if installed maildev "$maildev_version" maildev; then echo "maildev $maildev_version is installed"; else wanted+=("maildev@$maildev_version"); fi
if installed azurite "$azurite_version" azurite-blob; then echo "azurite $azurite_version is installed"; else wanted+=("azurite@$azurite_version"); fi
((${#wanted[@]} == 0)) && exit 0

mkdir -p $tools
echo "installing ${wanted[*]} into $tools"
# One retry: the registry occasionally drops a connection half-way. Both packages go in one
# install, so that npm keeps the one already there.
for attempt in 1 2; do
  if npm install --prefix $tools --no-audit --no-fund --loglevel=error "maildev@$maildev_version" "azurite@$azurite_version"; then exit 0; fi
  echo "npm install failed (attempt $attempt)" >&2
  sleep 2
done
exit 1
