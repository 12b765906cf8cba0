#!/usr/bin/env bash
# Everything CI runs, on a machine that has never seen the project: installs what the tests need,
# checks formatting, builds with warnings as errors, runs every test project, and ends with one
# line "N passed, N failed".
#
# Environment: TEST_FILTER narrows the tests (dotnet test --filter syntax); TIERS picks the test
# projects ("Platform.Tests" for the in-process tier only); SKIP_FORMAT=1 skips the format check
# (useful while iterating).
set -uo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

step() { printf '\n== %s (at %d s)\n' "$*" "$SECONDS"; }
# A failure waits for the installs running in the background: a killed apt-get leaves dpkg half done.
fail() { echo "$*" >&2; wait; echo "0 passed, 1 failed"; exit 1; }

step "Tools"
command -v dotnet >/dev/null || fail "The .NET SDK is required (see global.json)."
dotnet --version
dotnet tool restore >/dev/null || fail "dotnet tool restore failed"
# build/install-test-tools.sh installs what the end-to-end tier talks to: Debian's Chromium
# (browser tests), maildev (email) and Azurite (the Azure Blob document store). It waits on the
# network and on dpkg, not on the processor, so it runs while the solution is restored, checked,
# built and the in-process tier runs; the end-to-end tier waits for it.
mkdir -p artifacts
# Twenty minutes at most, so that a registry or a dpkg lock that never answers cannot hold CI.
timeout 1200 bash build/install-test-tools.sh >artifacts/install-test-tools.log 2>&1 &
install_pid=$!
# SaxonJS, which the in-process tier runs the Peppol rules with: a few seconds, waited for before it.
timeout 1200 bash build/install-test-tools.sh xslt3 >artifacts/install-xslt3.log 2>&1 &
xslt3_pid=$!
tools_status=""
wait_for_tools() { # the installer's exit status, waited for once
  if [[ -z $tools_status ]]; then wait "$install_pid"; tools_status=$?; fi
  return "$tools_status"
}

step "Restore (locked)"
dotnet restore Platform.sln --locked-mode || fail "restore failed (lock files out of date? run: dotnet restore Platform.sln --force-evaluate)"

if [[ ${SKIP_FORMAT:-0} != 1 ]]; then
  step "Format"
  # Whitespace and code style (imports ordering included). The third part of 'dotnet format', the
  # analyzers, is what the build below reports anyway with warnings as errors: checking it twice
  # cost half a minute of CI.
  generated=(--exclude src/Platform.Migrations.Sqlite src/Platform.Migrations.SqlServer)
  { dotnet format whitespace Platform.sln --verify-no-changes "${generated[@]}" \
      && dotnet format style Platform.sln --verify-no-changes --no-restore "${generated[@]}"; } \
    || fail "dotnet format found changes: run 'dotnet format Platform.sln' and commit."
fi

step "Build (warnings are errors)"
dotnet build Platform.sln -c Release --no-restore || fail "build failed"

results="$root/artifacts/test-results"
rm -rf "$results"; mkdir -p "$results"
filter_args=()
[[ -n ${TEST_FILTER:-} ]] && filter_args=(--filter "$TEST_FILTER")
status=0
# Two tiers: the in-process tests (fake clock, SQLite files, no outside server) first, then the
# end-to-end tests that start real servers (maildev, Azurite, Chromium, Kestrel). TIERS narrows it.
tools_failed=0
for name in ${TIERS:-Platform.Tests Platform.EndToEnd.Tests}; do
  if [[ $name == Platform.Tests ]] && [[ -n $xslt3_pid ]]; then
    if ! wait "$xslt3_pid"; then
      cat artifacts/install-xslt3.log >&2
      echo "installing xslt3 failed (above): the Peppol rules tests will fail" >&2
    fi
    xslt3_pid=""
  fi
  if [[ $name == Platform.EndToEnd.Tests ]]; then
    step "Waiting for the test tools"
    if ! wait_for_tools; then
      cat artifacts/install-test-tools.log >&2
      echo "installing the test tools failed (above): the end-to-end tier cannot run" >&2
      tools_failed=1 status=1
      continue
    fi
    cat artifacts/install-test-tools.log
  fi
  step "Test: $name"
  started=$SECONDS
  dotnet test "tests/$name/$name.csproj" -c Release --no-build "${filter_args[@]}" \
    --logger "trx;LogFileName=$name.trx" --logger "console;verbosity=minimal" --results-directory "$results" || status=1
  echo "$name took $((SECONDS - started)) s"
done

# The installs, when only the in-process tier ran.
wait_for_tools || echo "note: installing the test tools failed (artifacts/install-test-tools.log)" >&2
[[ -z $xslt3_pid ]] || wait "$xslt3_pid" || echo "note: installing xslt3 failed (artifacts/install-xslt3.log)" >&2

# Sum the outcomes of every test project from the TRX files (xunit's own summary is per project).
passed=0; failed=0
for trx in "$results"/*.trx; do
  [[ -f $trx ]] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters"); f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
done
failed=$((failed + tools_failed))
if ((status != 0 && failed == 0)); then failed=1; fi # a project that crashed before reporting still fails the run
echo
echo "$passed passed, $failed failed"
((failed == 0 && passed > 0))
