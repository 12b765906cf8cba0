#!/usr/bin/env bash
# Pages against the framework (issue 24): requests per second of the platform's pages as a fraction of a
# plain ASP.NET Core Razor Page (build/bench/Yardstick: a layout, nine rows from SQLite through EF Core, a
# form with an antiforgery token; no tenancy, no sign-in), in the same run.
#   - both servers on CPU 0 (taskset), the load tool (wrk, one thread) on CPU 1; logging at Warning;
#   - both warmed up, then ROUNDS alternating rounds: the yardstick, then each page, SECONDS each;
#   - each page's figure is the median of its rounds over the median of the yardstick's;
#   - and the CPU time each server spent per request (/proc/PID/stat), the least of the rounds: the
#     yardstick's over the page's. On a shared machine this one moves less with the neighbours' load.
# Pages: Roslagen's demo data (/moten and /organ also as written anew, the first view after a write); /anslagstavla anonymous, the rest with admin@roslagen.example's cookie.
# Every request must answer 200 (a redirect to the sign-in page would measure the wrong page).
# Usage: build/bench-pages.sh [ROUNDS] [SECONDS]   (also: build/bench.sh pages [ROUNDS] [SECONDS])
# WARMUP=seconds per target and pass (10, two passes); ONLY=regex of page names to measure (all).
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-3}
seconds=${2:-10}
warmup=${WARMUP:-10}
port=${BENCH_PORT:-5199}
yport=$((port + 1))
work=$(mktemp -d)
server=; yardstick=
trap 'kill $server $yardstick 2>/dev/null || true; wait $server $yardstick 2>/dev/null || true; rm -rf "$work"' EXIT
[[ $(nproc) -ge 2 ]] || echo "note: one CPU only; server and load tool share it" >&2
server_cpu=0; load_cpu=$(( $(nproc) > 1 ? 1 : 0 ))

if ! command -v wrk >/dev/null; then
  echo "Installing wrk (Debian package)..."
  (apt-get update -qq && apt-get install -y -qq wrk) >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }
fi

dotnet build src/Platform.Web -c Release --nologo -v q >/dev/null
dotnet build build/bench/Yardstick -c Release --nologo -v q >/dev/null

export ASPNETCORE_ENVIRONMENT=Staging Platform__PublicScheme=http Platform__DataDirectory="$work/data" Platform__SeedDemoData=true \
       Logging__LogLevel__Default=Warning DOTNET_gcServer=0
taskset -c $server_cpu dotnet src/Platform.Web/bin/Release/net10.0/Platform.Web.dll --urls "http://127.0.0.1:$port" > "$work/server.log" 2>&1 &
server=$!
DataDirectory="$work" taskset -c $server_cpu dotnet build/bench/Yardstick/bin/Release/net10.0/Yardstick.dll --urls "http://127.0.0.1:$yport" > "$work/yardstick.log" 2>&1 &
yardstick=$!

host=roslagen.localhost
base="http://127.0.0.1:$port"
for _ in $(seq 1 240); do curl -fs -o /dev/null -H "Host: $host" "$base/anslagstavla" && break; sleep 0.5; done
curl -fs -o /dev/null -H "Host: $host" "$base/anslagstavla" || { tail -50 "$work/server.log"; exit 1; }
curl -fs -o /dev/null "http://127.0.0.1:$yport/" || { cat "$work/yardstick.log"; exit 1; }

# Sign in as the office's admin through the form, as a browser does.
jar="$work/jar"
page=$(curl -fs -c "$jar" -H "Host: $host" "$base/konto/logga-in")
token=$(sed -n 's/.*name="__RequestVerificationToken" type="hidden" value="\([^"]*\)".*/\1/p' <<< "$page" | head -1)
curl -fs -o /dev/null -b "$jar" -c "$jar" -H "Host: $host" "$base/konto/logga-in" \
  --data-urlencode "Form.Email=admin@roslagen.example" --data-urlencode "Form.Password=Demo-2026!" \
  --data-urlencode "__RequestVerificationToken=$token"
cookie=$(awk '$6 == "samordning" { print "samordning=" $7 }' "$jar")
[[ -n $cookie ]] || { echo "sign-in failed" >&2; exit 1; }

# name|url|host|cookie
targets=(
  "plain Razor page|http://127.0.0.1:$yport/||"
  "/anslagstavla (public)|$base/anslagstavla|$host|"
  "/api/members (cookie)|$base/api/members|$host|$cookie"
  "/ (admin)|$base/|$host|$cookie"
  "/moten (admin)|$base/moten|$host|$cookie"
  "/organ (admin)|$base/organ|$host|$cookie"
  # /moten and /organ keep their HTML until the database changes (KeptHtml); with a query string they
  # never do, so these two measure what the first view after a write costs.
  "/moten written anew|$base/moten?anew|$host|$cookie"
  "/organ written anew|$base/organ?anew|$host|$cookie"
)
if [[ -n ${ONLY:-} ]]; then # ONLY=REGEX measures the yardstick and the pages whose name matches
  kept=("${targets[0]}"); for t in "${targets[@]:1}"; do [[ ${t%%|*} =~ $ONLY ]] && kept+=("$t"); done; targets=("${kept[@]}")
fi
lua() { # lua OUT HOST COOKIE
  { printf 'wrk.headers["Host"] = "%s"\n' "$2"
    [[ -n $3 ]] && printf 'wrk.headers["Cookie"] = "%s"\n' "$3"
    printf 'done = function(summary, latency, requests)\n  io.write(string.format("non200 %%d\\n", summary.errors.status))\nend\n'; } > "$1"
}
cpu() { # cpu PID -> the process's CPU time so far (user + system), in clock ticks
  awk '{ print $14 + $15 }' "/proc/$1/stat"
}
ticks=$(getconf CLK_TCK)
run() { # run INDEX SECONDS -> prints "requests per second" and "CPU µs per request"; fails on any answer but 200
  local name url h c out pid before after
  IFS='|' read -r name url h c <<< "${targets[$1]}"
  [[ -n $h ]] || h="127.0.0.1:$yport"
  [[ $1 == 0 ]] && pid=$yardstick || pid=$server
  lua "$work/t$1.lua" "$h" "$c"
  before=$(cpu "$pid")
  out=$(taskset -c $load_cpu wrk -t1 -c8 -d"${2}s" -s "$work/t$1.lua" "$url")
  after=$(cpu "$pid")
  if ! grep -q '^non200 0$' <<< "$out" || grep -q 'Non-2xx' <<< "$out"; then
    echo "$name: answers other than 200" >&2; echo "$out" >&2; exit 1
  fi
  awk -v cpu=$((after - before)) -v hz="$ticks" '/Requests\/sec/ { rps = $2 } / requests in / { n = $1 } END { printf "%s %.0f\n", rps, cpu / hz * 1e6 / n }' <<< "$out"
}
for i in "${!targets[@]}"; do # every page answers 200 with its cookie before it is measured
  IFS='|' read -r name url h c <<< "${targets[$i]}"
  status=$(curl -s -o /dev/null -w '%{http_code}' ${h:+-H "Host: $h"} ${c:+-H "Cookie: $c"} "$url")
  [[ $status == 200 ]] || { echo "$name answered $status" >&2; exit 1; }
done
# Warm-up: a page's code is compiled again, optimised, after it has been called for a while (tiered
# compilation); the platform has far more code than the yardstick, so each target gets WARMUP seconds, twice.
echo "warming up..."
for _ in 1 2; do for i in "${!targets[@]}"; do run "$i" "$warmup" >/dev/null; done; done

declare -A figures costs
for r in $(seq 1 "$rounds"); do
  for i in "${!targets[@]}"; do
    read -r rps us < <(run "$i" "$seconds")
    figures[$i]+="$rps "; costs[$i]+="$us "
  done
  echo "round $r done"
done
median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
least() { tr ' ' '\n' | grep -v '^$' | sort -g | head -1; }
yard=$(median <<< "${figures[0]}")
yardcost=$(least <<< "${costs[0]}")
# Two figures per page. Requests per second on the server's one core, the median of the rounds, over the
# yardstick's: what the issue asks for. And the CPU time the server spent per request, the least of the
# rounds, the yardstick's over the page's: on a shared machine a neighbour's load slows both servers by
# different amounts from round to round, and the least CPU time per request is the least disturbed.
printf '%-26s %10s %8s %12s %8s   %s\n' "page" "req/s" "× plain" "CPU µs/req" "× plain" "rounds (req/s; CPU µs/req)"
for i in "${!targets[@]}"; do
  IFS='|' read -r name _ <<< "${targets[$i]}"
  m=$(median <<< "${figures[$i]}")
  c=$(least <<< "${costs[$i]}")
  printf '%-26s %10.0f %8.2f %12.0f %8.2f   %s; %s\n' "$name" "$m" "$(awk -v a="$m" -v b="$yard" 'BEGIN { print a / b }')" \
    "$c" "$(awk -v a="$yardcost" -v b="$c" 'BEGIN { print a / b }')" "${figures[$i]}" "${costs[$i]}"
done
