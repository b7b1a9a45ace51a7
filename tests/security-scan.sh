#!/usr/bin/env bash
# Runs sqlmap and wapiti against AsoPlan on loopback and writes their reports.
# Run by hand (not in CI): it takes up to about 40 minutes. It installs the Debian packages sqlmap and wapiti
# when they are missing (apt-get, as root or through sudo).
# Every scanner run is bounded in time (SCAN_MINUTES per sqlmap target, default 12; wapiti's own limit plus a
# margin), so the script always ends.
# Usage: tests/security-scan.sh [REPORT_DIR]     (default: artifacts/security-scan/YYYYMMDD-HHMMSS)
# The app runs as in Production (Database__Provider=Sqlite on a temporary database, plain http on
# 127.0.0.1, Security__RequireHttps=false), with the sign-in rate limit raised so the scanners test the
# form itself rather than the limiter (the limiter has its own tests). Findings: see docs/security.md.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
reports="${1:-$repo/artifacts/security-scan/$(date +%Y%m%d-%H%M%S)}"
mkdir -p "$reports"
reports="$(cd "$reports" && pwd)"

scan_minutes="${SCAN_MINUTES:-12}"
packages=()
for tool in sqlmap wapiti; do
  command -v "$tool" >/dev/null 2>&1 || packages+=("$tool")
done
if [ ${#packages[@]} -gt 0 ]; then
  echo "== installing ${packages[*]} (Debian packages)"
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  $sudo_cmd env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${packages[@]}"
fi
for tool in sqlmap wapiti dotnet python3 curl timeout; do
  command -v "$tool" >/dev/null 2>&1 || { echo "$tool が見つかりません。" >&2; exit 2; }
done

echo "== build (Release)"
dotnet build "$repo/src/AsoPlan.Web" -c Release -nologo -v quiet
app="$repo/src/AsoPlan.Web/bin/Release/net10.0/AsoPlan.Web.dll"

work="$(mktemp -d)"
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
base="http://127.0.0.1:$port"

(
  cd "$work"
  export ASPNETCORE_ENVIRONMENT=Production DOTNET_ENVIRONMENT=Production
  export Database__Provider=Sqlite Security__RequireHttps=false
  export ConnectionStrings__AsoPlan="Data Source=$work/asoplan.db"
  export Security__SignInAttemptsPerMinutePerAddress=100000 Security__SignInAttemptsPerMinutePerAccount=100000
  export Serilog__WriteTo__File__Args__path="$reports/app-.log"
  exec dotnet "$app" --urls "$base" --contentRoot "$repo/src/AsoPlan.Web"
) > "$reports/app-console.log" 2>&1 &
app_pid=$!
cleanup() {
  kill "$app_pid" 2>/dev/null || true
  wait "$app_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

echo "== start the app on $base"
for _ in $(seq 1 180); do
  if curl -fsS "$base/healthz" >/dev/null 2>&1; then break; fi
  if ! kill -0 "$app_pid" 2>/dev/null; then echo "the app stopped; see $reports/app-console.log" >&2; exit 1; fi
  sleep 1
done
curl -fsS "$base/healthz" >/dev/null

# --data makes the attack requests POSTs; no --method, which would force the token page to POST too.
echo "== sqlmap: search (GET q), then the sign-in form (POST, with its antiforgery token)"
timeout "${scan_minutes}m" sqlmap -u "$base/search?q=%E6%B0%B4" -p q --batch --level=3 --risk=2 --threads=4 \
  --output-dir="$reports/sqlmap" --flush-session > "$reports/sqlmap-search.txt" 2>&1 || true
timeout "${scan_minutes}m" sqlmap -u "$base/account/login" \
  --data="Email=scan%40example.jp&Password=scan-password-1&ReturnUrl=&__RequestVerificationToken=x" \
  -p "Email,Password,ReturnUrl" --csrf-token=__RequestVerificationToken --csrf-url="$base/account/login?ReturnUrl=%2F" --csrf-method=GET \
  --batch --level=3 --risk=2 \
  --output-dir="$reports/sqlmap" --flush-session > "$reports/sqlmap-login.txt" 2>&1 || true

echo "== wapiti: public pages, search and sign-in (--max-scan-time 900)"
# No -x: Debian's wapiti 3.0.4 crashes on exclusion patterns under Python 3.11. Sign-out is POST-only and harmless.
timeout 20m wapiti -u "$base/" --scope folder -s "$base/search?q=%E6%B0%B4" -s "$base/account/login" \
  -d 3 --max-links-per-page 60 --max-scan-time 900 --flush-session \
  -f json -o "$reports/wapiti.json" > "$reports/wapiti.txt" 2>&1 || true

echo "== summary"
grep -hE "is vulnerable|might be injectable|all tested parameters do not appear to be injectable|no parameter\(s\) found" \
  "$reports/sqlmap-search.txt" "$reports/sqlmap-login.txt" || true
python3 - "$reports/wapiti.json" <<'PY' || true
import json, sys
report = json.load(open(sys.argv[1], encoding="utf-8"))
for section in ("vulnerabilities", "anomalies", "additionals"):
    for name, items in report.get(section, {}).items():
        for item in items:
            print(f"wapiti {section}: {name}: {item.get('method')} {item.get('path')} {item.get('parameter')} - {item.get('info')}")
print(f"wapiti: {sum(len(v) for v in report.get('vulnerabilities', {}).values())} vulnerabilities, "
      f"{sum(len(v) for v in report.get('anomalies', {}).values())} anomalies")
PY
echo "reports: $reports"
