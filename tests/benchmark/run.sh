#!/usr/bin/env bash
# Benchmark of the public pages, open data and the planning dashboard (not part of the test suite).
# Usage: tests/benchmark/run.sh [duration, default 10s]   — prints a Markdown report on stdout.
# WARMUP (default 10s): an unrecorded wrk run before each measured one, so the numbers are the app's steady
# state rather than .NET's tiered JIT still recompiling the hot paths (which cost most of the CPU in the first seconds).
# The ceiling: tests/benchmark/ceiling, a bare Kestrel serving the saved headers and body of the same page.
# Needs: dotnet, sqlite3, python3, curl; installs wrk (apt) and Lighthouse 12.2.3 (npm, into a temp folder)
# when missing; Lighthouse uses Debian's Chromium (CHROME_PATH=/usr/bin/chromium).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
HERE="$ROOT/tests/benchmark"
DURATION=${1:-10s}
WARMUP=${WARMUP:-10s}
LH_RUNS=${LH_RUNS:-5}
PORT=${PORT:-5187}
CEILING_PORT=${CEILING_PORT:-$((PORT + 1))}
BASE="http://127.0.0.1:$PORT"
CEILING="http://127.0.0.1:$CEILING_PORT"
WORK=$(mktemp -d /tmp/asoplan-bench.XXXXXX)
APP_PID=""
CEILING_PID=""
cleanup() {
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null || true
  [ -n "$CEILING_PID" ] && kill "$CEILING_PID" 2>/dev/null || true
  wait 2>/dev/null || true
}
trap cleanup EXIT

command -v wrk >/dev/null || { apt-get install -y wrk >&2 || { apt-get update >&2 && apt-get install -y wrk >&2; }; }
LIGHTHOUSE="${LIGHTHOUSE:-$WORK/tools/node_modules/.bin/lighthouse}"
if [ ! -x "$LIGHTHOUSE" ]; then
  mkdir -p "$WORK/tools" && npm i -E lighthouse@12.2.3 --prefix "$WORK/tools" >&2
fi

if [ -n "${PUBLISHED:-}" ]; then cp -r "$PUBLISHED" "$WORK/app"   # reuse an earlier publish output
else echo "publishing (Release)…" >&2; dotnet publish "$ROOT/src/AsoPlan.Web" -c Release -o "$WORK/app" --nologo -v quiet >&2; fi
dotnet publish "$HERE/ceiling" -c Release -o "$WORK/ceiling" --nologo -v quiet >&2

# The ceiling: a bare Kestrel (tests/benchmark/ceiling) answering with the saved headers and body of PATH as the
# app served them to an anonymous visitor without Accept-Encoding (as wrk asks), on its own port.
save_page() { curl -fs -D "$WORK/page-$1.headers" -o "$WORK/page-$1.body" "$BASE$2"; }
start_ceiling() {
  dotnet "$WORK/ceiling/Ceiling.dll" "$CEILING" "$WORK/page-$1.headers" "$WORK/page-$1.body" >"$WORK/ceiling.log" 2>&1 &
  CEILING_PID=$!
  for _ in $(seq 1 60); do curl -fs -o /dev/null "$CEILING/" && return 0; sleep 0.5; done
  echo "ceiling did not start" >&2; cat "$WORK/ceiling.log" >&2; exit 1
}
stop_ceiling() { kill "$CEILING_PID"; wait "$CEILING_PID" 2>/dev/null || true; CEILING_PID=""; }

# start_app DB SEED_DIR: Production mode, its own SQLite file; waits for /healthz. Plain http on loopback
# (Security:RequireHttps off, as behind a TLS-terminating proxy), so curl and wrk need no certificate.
# Logging as configured (Information: one request log line per request, console and file), as in production.
start_app() {
  (cd "$WORK/app" && ASPNETCORE_ENVIRONMENT=Production Urls="$BASE" \
    ConnectionStrings__AsoPlan="Data Source=$1" Database__Provider=Sqlite Database__SeedDirectory="$2" \
    Serilog__WriteTo__File__Args__path="$WORK/logs/asoplan-.log" \
    Security__RequireHttps=false exec dotnet AsoPlan.Web.dll >"$WORK/app.log" 2>&1) &
  APP_PID=$!
  for _ in $(seq 1 120); do curl -fs "$BASE/healthz" >/dev/null 2>&1 && return 0; sleep 1; done
  echo "app did not start" >&2; tail -30 "$WORK/app.log" >&2; exit 1
}
stop_app() { kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=""; }

# load_actuals DB FIRST LAST: approved records for fiscal years FIRST..LAST (see actuals.sql).
load_actuals() {
  { echo "CREATE TEMP TABLE years(FiscalYear INTEGER);"
    for y in $(seq "$2" "$3"); do echo "INSERT INTO years VALUES ($y);"; done
    cat "$HERE/actuals.sql"; } | sqlite3 "$1"
}

# An administrator (who may read the planning dashboard) made with the app's own create-admin command,
# then signed in through the login form; prints the auth cookie.
sign_in() {
  local password="Bench-Password-2026!"
  printf '%s\n%s\n' "$password" "$password" | (cd "$WORK/app" && ASPNETCORE_ENVIRONMENT=Production \
    Database__Provider=Sqlite ConnectionStrings__AsoPlan="Data Source=$1" Database__SeedDirectory="$2" Serilog__MinimumLevel__Default=Warning \
    Serilog__WriteTo__File__Args__path="$WORK/logs/cmd-.log" dotnet AsoPlan.Web.dll create-admin --email bench@example.jp --name ベンチ) >&2
  local jar="$WORK/cookies.txt"; rm -f "$jar"
  local token; token=$(curl -fs -c "$jar" "$BASE/account/login" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | sed 's/.*value="//;s/"$//')
  curl -fs -b "$jar" -c "$jar" -o /dev/null --data-urlencode "Email=bench@example.jp" --data-urlencode "Password=$password" \
    --data-urlencode "__RequestVerificationToken=$token" "$BASE/account/login"
  awk '$6 == "AsoPlan.Auth" { print "AsoPlan.Auth=" $7 }' "$jar"
}

# bench NAME PATH CONNECTIONS [COOKIE]: one wrk run; prints a table row and remembers req/s in RPS_<NAME>_<C>.
# TARGET (default the app) is the server asked.
bench() {
  local target=${TARGET:-$BASE}
  wrk -t2 -c"$3" -d"$WARMUP" ${4:+-H "Cookie: $4"} "$target$2" >/dev/null
  local out; out=$(wrk -t2 -c"$3" -d"$DURATION" --latency ${4:+-H "Cookie: $4"} "$target$2")
  local rps p50 p99 non2xx
  rps=$(awk '/Requests\/sec/ { print $2 }' <<<"$out")
  p50=$(awk '$1 == "50%" { print $2 }' <<<"$out")
  p99=$(awk '$1 == "99%" { print $2 }' <<<"$out")
  non2xx=$(awk '/Non-2xx/ { print $NF }' <<<"$out")
  printf '| %s | `%s` | %s | %s | %s | %s | %s |\n' "$1" "$2" "$3" "$rps" "$p50" "$p99" "${non2xx:-0}"
  printf -v "RPS_${1//[^A-Za-z0-9]/_}_$3" '%s' "$rps"
}
header() { echo; echo "| page | path | connections | req/s | p50 | p99 | non-2xx |"; echo "| --- | --- | --- | --- | --- | --- | --- |"; }

echo "# AsoPlan benchmark, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, duration $DURATION per run after a $WARMUP warm-up"
echo; echo "Machine: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load before start: $(cut -d' ' -f1-3 /proc/loadavg)"

# ---- real plan, one year (FY2021, 令和3年度) of approved actuals ----
DB="$WORK/real.db"; mkdir -p "$WORK/logs"
start_app "$DB" "$WORK/app/seeds"; stop_app          # migrations + seed import through the app
load_actuals "$DB" 2021 2021
start_app "$DB" "$WORK/app/seeds"
COOKIE=$(sign_in "$DB" "$WORK/app/seeds")
[ -n "$COOKIE" ] || { echo "sign-in failed" >&2; exit 1; }
curl -fs "$BASE/measures/13" -o "$WORK/app/wwwroot/static-measure.html"   # same bytes, as a static file of the app
save_page measure /measures/3; save_page home /
echo; echo "## Real plan (20 measures, 70 rows), FY2021 approved"
echo; echo "Page weight (transfer size with Accept-Encoding: br, HTML + the CSS/JS it links, Chart.js included where it is loaded on demand):"
echo; echo "| page | HTML | + assets | total |"; echo "| --- | --- | --- | --- |"
for path in / /policies/5 /measures/13 /progress /opendata /search?q=%E8%A6%B3%E5%85%89; do
  html=$(curl -fs -H 'Accept-Encoding: br' -o /dev/null -w '%{size_download}' "$BASE$path")
  assets=0
  for a in $(curl -fs "$BASE$path" | grep -oE '(href|src|data-chart-library)="/(css|js|lib)/[^"]+"' | sed 's/^[a-z-]*="//;s/"$//;s/&amp;/\&/g' | sort -u); do
    assets=$((assets + $(curl -fs -H 'Accept-Encoding: br' -o /dev/null -w '%{size_download}' "$BASE$a")))
  done
  printf '| `%s` | %.1f KB | %.1f KB | %.1f KB |\n' "$path" "$(echo "$html/1024" | bc -l)" "$(echo "$assets/1024" | bc -l)" "$(echo "($html+$assets)/1024" | bc -l)"
done
header
for c in 16 64; do
  bench static /static-measure.html $c
  bench home / $c
  bench measure /measures/13 $c
  bench measure-3 /measures/3 $c
  bench csv /opendata/indicators.csv $c
  bench dashboard /planning/dashboard $c "$COOKIE"
done
# The bare-Kestrel ceiling, one page at a time (the app idles meanwhile).
for page in measure home; do
  start_ceiling $page
  for c in 16 64; do TARGET=$CEILING bench "ceiling-$page" "$([ $page = home ] && echo / || echo /measures/3)" $c; done
  stop_ceiling
done
echo
for c in 16 64; do
  s="RPS_static_$c"; m="RPS_measure_$c"; h="RPS_home_$c"
  printf 'Ratio dynamic ÷ static file at %s connections: measure page %.2f, home %.2f\n\n' "$c" "$(echo "${!m}/${!s}" | bc -l)" "$(echo "${!h}/${!s}" | bc -l)"
done
for c in 16 64; do
  m="RPS_measure_3_$c"; cm="RPS_ceiling_measure_$c"; h="RPS_home_$c"; ch="RPS_ceiling_home_$c"
  printf 'Ratio cached page ÷ bare-Kestrel ceiling (same bytes) at %s connections: /measures/3 %.2f, home %.2f\n\n' "$c" "$(echo "${!m}/${!cm}" | bc -l)" "$(echo "${!h}/${!ch}" | bc -l)"
done

echo "## Lighthouse (mobile emulation, Debian Chromium, median of $LH_RUNS runs)"
echo; echo "| page | performance (each run) | median | accessibility | best practices | SEO |"; echo "| --- | --- | --- | --- | --- | --- |"
for path in / /measures/13; do
  : > "$WORK/lh-scores.txt"
  for _ in $(seq 1 "$LH_RUNS"); do
    if CHROME_PATH=/usr/bin/chromium "$LIGHTHOUSE" "$BASE$path" --quiet --output=json --output-path="$WORK/lh.json" \
        --only-categories=performance,accessibility,best-practices,seo --chrome-flags="--headless --no-sandbox" >&2; then
      python3 -c 'import json,sys; c=json.load(open(sys.argv[1]))["categories"]; print(" ".join(str(round(c[k]["score"]*100)) for k in ("performance","accessibility","best-practices","seo")))' "$WORK/lh.json" >> "$WORK/lh-scores.txt"
    fi
  done
  # One run moves by several points on the same page, so the goal is read on the median (Lighthouse's advice).
  python3 -c 'import sys
rows=[list(map(int,l.split())) for l in open(sys.argv[1]) if l.strip()]
if not rows: print("| `%s` | lighthouse failed | | | | |" % sys.argv[2]); sys.exit()
med=lambda xs: sorted(xs)[len(xs)//2]
print("| `%s` | %s | %d | %d | %d | %d |" % (sys.argv[2], ", ".join(str(r[0]) for r in rows), med([r[0] for r in rows]), min(r[1] for r in rows), min(r[2] for r in rows), min(r[3] for r in rows)))' "$WORK/lh-scores.txt" "$path"
done
stop_app

# ---- scale: generated plan (200 measures, 1,000 indicators) through the same seed import, 10 years approved ----
mkdir -p "$WORK/large-seeds"
python3 "$HERE/large-plan.py" "$ROOT/seeds/plan.json" "$WORK/large-seeds" >&2
DB="$WORK/large.db"
start_app "$DB" "$WORK/large-seeds"; stop_app
load_actuals "$DB" 2015 2024
start_app "$DB" "$WORK/large-seeds"
COOKIE=$(sign_in "$DB" "$WORK/large-seeds")
echo; echo "## Large plan (200 measures, 1,000 indicators, FY2015–FY2024 approved)"
header
for c in 16 64; do
  bench measure /measures/150 $c
  bench measure-uncached "/measures/150" $c "$COOKIE"
  bench dashboard /planning/dashboard $c "$COOKIE"
done
stop_app
