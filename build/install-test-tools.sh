#!/usr/bin/env bash
# Installs the real programs the tests talk to, so a clean clone on a fresh machine needs nothing
# but the .NET SDK (and root for apt-get, as on CI):
#   chromium  Debian's Chromium, driven by Playwright in the browser tests (/usr/bin/chromium)
#   maildev   a real SMTP server with an HTTP API, into .tools/ (ignored by git)
#   azurite   Azure Storage's emulator (blob service), into .tools/: the Azure Blob document store
# With the argument "xslt3" it installs instead what the in-process tier needs (a few seconds):
#   xslt3     SaxonJS (XSLT 3.0) from npm, into .tools/xslt3/: runs the official Peppol BIS Billing
#             rules over the e-invoices (tests/Platform.Tests/Features/Fees/Invoicing/Peppol)
# Idempotent: a second run with everything in place takes well under a second.
set -euo pipefail
cd "$(dirname "$0")/.."
tools=.tools/npm
maildev_version=3.0.0
azurite_version=3.37.0
xslt3_version=2.7.0

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

install_npm() { # prefix package@version...
  local prefix=$1; shift
  mkdir -p "$prefix"
  echo "installing $* into $prefix"
  # One retry: the registry occasionally drops a connection half-way. Every package goes in one
  # install, so that npm keeps the one already there.
  for attempt in 1 2; do
    if npm install --prefix "$prefix" --save-exact --no-audit --no-fund --loglevel=error "$@"; then return 0; fi
    echo "npm install failed (attempt $attempt)" >&2
    sleep 2
  done
  return 1
}

installed() { # installed PREFIX PACKAGE VERSION BIN
  [[ -x $1/node_modules/.bin/$4 ]] && grep -q "\"version\": \"$3\"" "$1/node_modules/$2/package.json" 2>/dev/null
}

# SaxonJS in a folder of its own, so that it never changes the other tools' install.
install_xslt3() {
  command -v npm >/dev/null || { echo "installing nodejs and npm"; install_debian nodejs npm; }
  if installed .tools/xslt3 xslt3 "$xslt3_version" xslt3; then echo "xslt3 $xslt3_version is installed"; return 0; fi
  install_npm .tools/xslt3 "xslt3@$xslt3_version"
}

if [[ ${1:-} == xslt3 ]]; then
  install_xslt3
  exit
fi

if [[ -x /usr/bin/chromium ]]; then
  echo "chromium is installed ($(/usr/bin/chromium --version 2>/dev/null | head -1))"
else
  echo "installing Debian's chromium"
  install_debian chromium
fi
command -v npm >/dev/null || { echo "installing nodejs and npm"; install_debian nodejs npm; }
wanted=()
if installed $tools maildev "$maildev_version" maildev; then echo "maildev $maildev_version is installed"; else wanted+=("maildev@$maildev_version"); fi
if installed $tools azurite "$azurite_version" azurite-blob; then echo "azurite $azurite_version is installed"; else wanted+=("azurite@$azurite_version"); fi
((${#wanted[@]} == 0)) && exit 0
install_npm $tools "maildev@$maildev_version" "azurite@$azurite_version"
