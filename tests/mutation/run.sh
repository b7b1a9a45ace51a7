#!/usr/bin/env bash
# Mutation testing of the domain rules: Stryker.NET (pinned in .config/dotnet-tools.json) mutates
# src/AsoPlan.Core and runs tests/AsoPlan.Core.Tests against every mutant. Not part of `dotnet test` or CI
# (it takes minutes); run it after changing the engine or its tests and record the score in docs/achievement.md.
#
#   tests/mutation/run.sh                 # one test process at a time (keeps a shared machine usable)
#   CONCURRENCY=2 tests/mutation/run.sh   # faster on a free machine
#
# Reports (html, json) go to tests/mutation/StrykerOutput/<date>/ (ignored by git). The run fails below 90 %.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)

dotnet tool restore >/dev/null
started=$(date +%s)
output="$root/tests/mutation/StrykerOutput/$(date -u +%Y-%m-%dT%H%M%S)"
status=0
(
  cd tests/AsoPlan.Core.Tests
  dotnet stryker \
    --project AsoPlan.Core.csproj \
    --concurrency "${CONCURRENCY:-1}" \
    --reporter progress --reporter cleartext --reporter json --reporter html \
    --output "$output" \
    --break-at 90 \
    --skip-version-check
) || status=$?

# The numbers docs/achievement.md records: mutants by status and the score, killed + timeout over all valid
# mutants (ignored ones, the equivalent mutants excluded in the source with a reason, and compile errors left out).
report="$output/reports/mutation-report.json"
if [ -f "$report" ] && command -v python3 >/dev/null 2>&1; then
  python3 - "$report" <<'PY'
import collections, json, sys
report = json.load(open(sys.argv[1], encoding="utf-8"))
counts = collections.Counter(m["status"] for f in report["files"].values() for m in f["mutants"])
detected = counts["Killed"] + counts["Timeout"]
valid = detected + counts["Survived"] + counts["NoCoverage"]
print(", ".join(f"{k}: {v}" for k, v in sorted(counts.items())))
print(f"Mutation score: {100 * detected / valid:.2f} % ({detected} of {valid})")
PY
fi
echo "Runtime: $(( $(date +%s) - started )) s"
exit $status
