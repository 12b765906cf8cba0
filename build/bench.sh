#!/usr/bin/env bash
# Benchmarks of the tenancy layer (figures, never pass/fail):
#   - provisioning time per association (200 extra associations on SQLite, median and worst);
#   - requests per second of an association's home page on one association vs round-robin over all,
#     same server, same run (wrk from Debian); since sign-in (issue 4) the anonymous home page does
#     not read the association's database, so it measures host resolution and rendering;
#   - requests per second of GET /api/members with a bearer token (token validation, the token's
#     entry in the catalog, the association's database) on one demo association vs all nine;
#   - the server's resident memory before and after the 200 associations were added and served;
#   - email: every association with MESSAGES pending messages, dispatched to a real SMTP server
#     (maildev, from build/install-test-tools.sh): messages per second and the slowest association;
#   - network statistics: the statistics job over every association (total time, median and slowest
#     association), then the network's dashboard (/natverk) and GET /api/network/stats with all of them:
#     median response time one request at a time, and the median under 4 concurrent connections;
#   - interventions (issue 21): one association (roslagen) gets 20 interventions and 20 000 episodes over
#     ten years (build/bench-interventions.sql); the results API and page for 2016–2025 (median and worst
#     of RUNS requests) and the statistics job for that association.
#   - pages against the framework (issue 24): `build/bench.sh pages [ROUNDS] [SECONDS]` runs
#     build/bench-pages.sh instead, which reports the notice board, /api/members, the start page,
#     /moten and /organ as a fraction of a plain Razor page's requests per second in the same run.
# Usage: build/bench.sh [COUNT] [SECONDS] [MESSAGES]   or   build/bench.sh pages [ROUNDS] [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ ${1:-} == pages ]]; then shift; exec build/bench-pages.sh "$@"; fi
count=${1:-200}
seconds=${2:-15}
messages=${3:-20}
port=${BENCH_PORT:-5199}
work=$(mktemp -d)
server=; maildev=
trap 'kill $server $maildev 2>/dev/null || true; wait $server $maildev 2>/dev/null || true; rm -rf "$work"' EXIT

if ! command -v wrk >/dev/null; then
  echo "Installing wrk (Debian package)..."
  (apt-get update -qq && apt-get install -y -qq wrk) >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }
fi

dotnet build src/Platform.Web -c Release --nologo -v q >/dev/null
dll=src/Platform.Web/bin/Release/net10.0/Platform.Web.dll
# Staging: production settings, but plain http is allowed for the token endpoint (Production demands https).
export ASPNETCORE_ENVIRONMENT=Staging Platform__PublicScheme=http Platform__DataDirectory="$work/data" Platform__SeedDemoData=true \
       Platform__CatalogRefreshSeconds=1 Logging__LogLevel__Default=Warning DOTNET_gcServer=0

rss_mb() { awk '/VmRSS/ { printf "%.1f", $2 / 1024 }' "/proc/$server/status"; }
rps() { # rps LUA_HOSTS_FILE
  wrk -t2 -c32 -d"${seconds}s" -s "$1" "http://127.0.0.1:$port/" | awk '/Requests\/sec/ { print $2 }'
}
lua_for() { # lua_for OUT HOST...
  local out=$1; shift
  { printf 'local hosts = {'; printf '"%s",' "$@"; printf '}\n'
    printf 'local i = 0\nrequest = function()\n  i = i %% #hosts + 1\n  return wrk.format("GET", "/", { Host = hosts[i] })\nend\n'; } > "$out"
}

dotnet "$dll" --urls "http://127.0.0.1:$port" > "$work/server.log" 2>&1 &
server=$!
for _ in $(seq 1 120); do curl -fs -o /dev/null -H 'Host: roslagen.localhost' "http://127.0.0.1:$port/" && break; sleep 0.5; done
curl -fs -o /dev/null -H 'Host: roslagen.localhost' "http://127.0.0.1:$port/" || { cat "$work/server.log"; exit 1; }

lua_for "$work/one.lua" roslagen.localhost
echo "warming up..."; seconds=5 rps "$work/one.lua" >/dev/null

demo=(roslagen suvs insjoriket sundsvall ostra-sodertorn varna hbs sodertalje stockholm)
api_lua() { # api_lua OUT SLUG...: GET /api/members on each association's host with its demo client's token
  local out=$1; shift
  { printf 'local targets = {'
    for slug in "$@"; do
      local token
      token=$(curl -fs -H "Host: $slug.localhost" "http://127.0.0.1:$port/connect/token" \
        -d grant_type=client_credentials -d client_id="$slug-integration" -d client_secret="$slug-demo-secret" | sed -n 's/.*"access_token": *"\([^"]*\)".*/\1/p')
      [[ -n $token ]] || { echo "no token for $slug" >&2; exit 1; }
      printf '{"%s.localhost","%s"},' "$slug" "$token"
    done
    printf '}\nlocal i = 0\nrequest = function()\n  i = i %% #targets + 1\n'
    printf '  return wrk.format("GET", "/api/members", { Host = targets[i][1], Authorization = "Bearer " .. targets[i][2] })\nend\n'; } > "$out"
}
api_lua "$work/api-one.lua" roslagen
api_lua "$work/api-all.lua" "${demo[@]}"
seconds=3 rps "$work/api-one.lua" >/dev/null
api_one=$(rps "$work/api-one.lua")
api_all=$(rps "$work/api-all.lua")
api_status=$(curl -s -o /dev/null -w '%{http_code}' -H 'Host: roslagen.localhost' "http://127.0.0.1:$port/api/members")
rss_before=$(rss_mb)
tenants_before=$(curl -fs -H 'Host: localhost' "http://127.0.0.1:$port/" | grep -c '<li><a href=' || true)

for i in $(seq 1 "$count"); do echo "bench-$i;Benchmarkförbund $i"; done > "$work/import.txt"
echo "provisioning $count associations..."
dotnet "$dll" tenants import "$work/import.txt" > "$work/import.log"
provisioning=$(grep '^provisioning_ms' "$work/import.log")
median=$(sed -n 's/.*median=\([0-9.]*\).*/\1/p' <<<"$provisioning"); worst=$(sed -n 's/.*max=\([0-9.]*\).*/\1/p' <<<"$provisioning")

# Wait until the server has picked up the new associations from the catalog.
for _ in $(seq 1 60); do curl -fs -o /dev/null -H "Host: bench-$count.localhost" "http://127.0.0.1:$port/" && break; sleep 0.5; done

hosts=(roslagen.localhost suvs.localhost insjoriket.localhost sundsvall.localhost ostra-sodertorn.localhost varna.localhost hbs.localhost sodertalje.localhost stockholm.localhost)
for i in $(seq 1 "$count"); do hosts+=("bench-$i.localhost"); done
lua_for "$work/all.lua" "${hosts[@]}"

echo "measuring ($seconds s each)..."
rps_one=$(rps "$work/one.lua")
rps_all=$(rps "$work/all.lua")
rps_one_again=$(rps "$work/one.lua")
rss_after=$(rss_mb)

# Network statistics: the job over every association (in a separate process, as an operator's command
# would), then the dashboard, which reads only the catalog's snapshots.
all=$((tenants_before + count))
echo "taking the statistics of $all associations (8 at a time)..."
dotnet "$dll" stats refresh --all 8 > "$work/stats.log" 2>&1 || true
stats=$(grep '^statistics ' "$work/stats.log" || { cat "$work/stats.log"; echo "statistics failed"; })
stat() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<"$stats"; }
jar="$work/network.jar"
signin=$(curl -fs -c "$jar" -b "$jar" -H 'Host: localhost' "http://127.0.0.1:$port/konto/logga-in")
antiforgery=$(sed -n 's/.*name="__RequestVerificationToken" type="hidden" value="\([^"]*\)".*/\1/p' <<<"$signin" | head -1)
curl -fs -o /dev/null -c "$jar" -b "$jar" -H 'Host: localhost' "http://127.0.0.1:$port/konto/logga-in" \
  --data-urlencode "Form.Email=natverk@example.org" --data-urlencode "Form.Password=Demo-2026!" --data-urlencode "__RequestVerificationToken=$antiforgery"
cookie=$(awk '$6 ~ /samordning/ && $6 !~ /-af$/ { printf "%s=%s; ", $6, $7 }' "$jar")
network_token=$(curl -fs -H 'Host: localhost' "http://127.0.0.1:$port/connect/token" \
  -d grant_type=client_credentials -d client_id=network-integration -d client_secret=network-demo-secret | sed -n 's/.*"access_token": *"\([^"]*\)".*/\1/p')
year=$(date +%Y)
dashboard_rows=$(curl -fs -H 'Host: localhost' -H "Cookie: $cookie" "http://127.0.0.1:$port/natverk?ar=$year" | grep -c 'data-slug=' || true)
median_ms() { # median_ms HEADER URL: 50 requests one at a time
  for _ in $(seq 1 50); do curl -fs -o /dev/null -w '%{time_total}\n' -H 'Host: localhost' -H "$1" "$2"; done \
    | sort -n | awk '{ t[NR] = $1 } END { printf "%.1f", (NR % 2 ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2) * 1000 }'
}
wrk_median() { # wrk_median HEADER URL: the 50th percentile with 4 connections
  printf 'wrk.headers["Host"] = "localhost"\nwrk.headers["%s"] = "%s"\n' "${1%%: *}" "${1#*: }" > "$work/header.lua"
  wrk -t2 -c4 -d"${seconds}s" --latency -s "$work/header.lua" "$2" | awk '$1 == "50%" { print $2 }'
}
dashboard_once=$(median_ms "Cookie: $cookie" "http://127.0.0.1:$port/natverk?ar=$year")
dashboard_load=$(wrk_median "Cookie: $cookie" "http://127.0.0.1:$port/natverk?ar=$year")
api_once=$(median_ms "Authorization: Bearer $network_token" "http://127.0.0.1:$port/api/network/stats?year=$year")
api_load=$(wrk_median "Authorization: Bearer $network_token" "http://127.0.0.1:$port/api/network/stats?year=$year")
failures=$(grep -ciE 'fail|exception' "$work/server.log" || true)

ratio=$(awk -v a="$rps_all" -v b="$rps_one" -v c="$rps_one_again" 'BEGIN { printf "%.3f", a / ((b + c) / 2) }')
growth_kb=$(awk -v a="$rss_after" -v b="$rss_before" -v n="$count" 'BEGIN { printf "%.0f", (a - b) * 1024 / n }')

echo
echo "| measure | value | goal |"
echo "|---|---|---|"
echo "| associations before / after | $tenants_before / $((tenants_before + count)) | |"
echo "| provisioning per association, median | ${median} ms | < 1000 ms |"
echo "| provisioning per association, worst | ${worst} ms | |"
echo "| home page req/s, one association (before / after the round-robin run) | $rps_one / $rps_one_again | |"
echo "| home page req/s, round-robin over $((tenants_before + count)) associations | $rps_all | |"
echo "| ratio round-robin / one | $ratio | >= 0.9 |"
echo "| GET /api/members req/s with a token, one association / round-robin over ${#demo[@]} | $api_one / $api_all | |"
echo "| GET /api/members without a token | $api_status | 401 |"
echo "| server RSS before / after | ${rss_before} MB / ${rss_after} MB | |"
echo "| RSS growth per added association | ${growth_kb} KB | < 1024 KB |"
echo "| statistics job: associations / failed | $(stat associations) / $(stat failed) | all / 0 |"
echo "| statistics job: total time (8 at a time), median and slowest association | $(stat seconds) s, $(stat median), $(stat slowest) | |"
echo "| network dashboard: associations in the table | $dashboard_rows | $all |"
echo "| network dashboard /natverk: median response, one at a time / 4 at a time | ${dashboard_once} ms / ${dashboard_load} | < 200 ms |"
echo "| GET /api/network/stats (JSON, network token): median, one at a time / 4 at a time | ${api_once} ms / ${api_load} | |"
echo "| server log lines with errors | $failures | 0 |"

# Interventions (issue 21): 20 interventions, 20 000 episodes over 2016–2025 in Roslagen, written straight into its database.
runs=${BENCH_RUNS:-20}
sqlite3 "$work/data/tenants/roslagen.db" < build/bench-interventions.sql
roslagen_token=$(curl -fs -H 'Host: roslagen.localhost' "http://127.0.0.1:$port/connect/token" \
  -d grant_type=client_credentials -d client_id=roslagen-integration -d client_secret=roslagen-demo-secret | sed -n 's/.*"access_token": *"\([^"]*\)".*/\1/p')
ojar="$work/office.jar"
osignin=$(curl -fs -c "$ojar" -b "$ojar" -H 'Host: roslagen.localhost' "http://127.0.0.1:$port/konto/logga-in")
oaf=$(sed -n 's/.*name="__RequestVerificationToken" type="hidden" value="\([^"]*\)".*/\1/p' <<<"$osignin" | head -1)
curl -fs -o /dev/null -c "$ojar" -b "$ojar" -H 'Host: roslagen.localhost' "http://127.0.0.1:$port/konto/logga-in" \
  --data-urlencode "Form.Email=admin@roslagen.example" --data-urlencode "Form.Password=Demo-2026!" --data-urlencode "__RequestVerificationToken=$oaf"
office_cookie=$(awk '$6 ~ /samordning/ && $6 !~ /-af$/ { printf "%s=%s; ", $6, $7 }' "$ojar")
timings() { # timings HEADER PATH: RUNS requests one at a time over the 20 interventions → "median ms / worst ms (status)"
  for i in $(seq 0 $((runs - 1))); do
    curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -H 'Host: roslagen.localhost' -H "$1" \
      "http://127.0.0.1:$port$(printf "$2" "$(printf 'B0000000-0000-4000-8000-%012X' $((i % 20)))")"
  done | sort -k2 -n | awk '{ s[$1]++; t[NR] = $2 } END { m = NR % 2 ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2; c = ""; for (k in s) c = c k "×" s[k] " "; printf "%.1f ms / %.1f ms (%s)", m * 1000, t[NR] * 1000, c }'
}
results_api=$(timings "Authorization: Bearer $roslagen_token" '/api/interventions/%s/results?from=2016-01-01&to=2025-12-31')
results_page=$(timings "Cookie: $office_cookie" '/insatser/%s/resultat?fran=2016-01-01&till=2025-12-31')
stats_start=$(date +%s%N)
dotnet "$dll" stats refresh roslagen > "$work/stats-roslagen.log" 2>&1 || cat "$work/stats-roslagen.log"
stats_ms=$(( ($(date +%s%N) - stats_start) / 1000000 ))
echo "| interventions: results API, 20 interventions × 1 000 episodes, 2016–2025, median / worst of $runs | $results_api | < 300 ms median |"
echo "| interventions: results page /insatser/{id}/resultat, same period, median / worst of $runs | $results_page | < 300 ms median |"
echo "| interventions: statistics job for that association: the job's own time / the whole process | $(sed -n 's/.*median=\([^ ]*\).*/\1/p' "$work/stats-roslagen.log") / ${stats_ms} ms | |"

# Email. The web server stops first, so its own every-minute dispatcher cannot take the messages.
kill "$server"; wait "$server" 2>/dev/null || true; server=
build/install-test-tools.sh >/dev/null
smtp_port=$((port + 1)); web_port=$((port + 2))
mkdir -p "$work/maildev"
.tools/npm/node_modules/.bin/maildev --ip 127.0.0.1 --smtp "$smtp_port" --web-ip 127.0.0.1 --web "$web_port" \
  --mail-directory "$work/maildev" > "$work/maildev.log" 2>&1 &
maildev=$!
for _ in $(seq 1 100); do curl -fs -o /dev/null "http://127.0.0.1:$web_port/api/email" && break; sleep 0.2; done
echo "queuing $messages messages for each association..."
dotnet "$dll" email test bench@example.org --all "$messages" > "$work/queue.log"
queued=$(sed -n 's/^queued=\([0-9]*\).*/\1/p' "$work/queue.log")
echo "dispatching to maildev..."
Email__Delivery=Smtp Email__Smtp__Host=127.0.0.1 Email__Smtp__Port="$smtp_port" \
  dotnet "$dll" email dispatch --all 8 > "$work/dispatch.log" || true
result=$(grep '^dispatched=' "$work/dispatch.log" || { cat "$work/dispatch.log"; exit 1; })
value() { sed -n "s/.*$1=\([^ ]*\).*/\1/p" <<<"$result"; }
received=$(curl -fs "http://127.0.0.1:$web_port/api/email" \
  | node -e 'let s = ""; process.stdin.on("data", d => s += d).on("end", () => console.log(JSON.parse(s).length))' || echo "?")

echo "| email: messages queued / sent / received by maildev | $queued / $(value dispatched) / $received | all equal |"
echo "| email: associations, 8 at a time | $(value associations) | |"
echo "| email: dispatch time, messages per second | $(value seconds) s, $(value rate) msg/s | |"
echo "| email: slowest association | $(value slowest) | |"
