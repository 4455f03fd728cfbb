#!/usr/bin/env bash
# Runs every test with the real services started. Extra arguments go to `dotnet test`,
# e.g. ./test.sh --filter Category=FirstLogin
set -euo pipefail
cd "$(dirname "$0")"
source tools/services.sh
df_start_all || { echo "test.sh: a service could not be started (see above)." >&2; exit 1; }
command -v docker-compose >/dev/null || df_apt_install docker-compose
docker-compose -f docker-compose.yml config -q
echo "docker-compose.yml: valid"
# One plain closing line with the totals of every test project (pipefail keeps dotnet test's status).
log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
# One test project at a time (-m:1): on 2 cores the browser suites time out when every project runs at once.
dotnet test DossierFamille.sln -c Release -m:1 --logger "console;verbosity=normal" "$@" 2>&1 | tee "$log" || status=$?
awk '/^ +Passed: [0-9]+$/ { p += $2 } /^ +Failed: [0-9]+$/ { f += $2 } /^ +Skipped: [0-9]+$/ { s += $2 }
     END { printf "test.sh: %d passed, %d failed, %d skipped\n", p, f, s }' "$log"
# The failed tests' names last, where a log cut to its tail still shows them.
grep -E '^ +Failed [A-Za-z_][A-Za-z0-9_]*\.' "$log" | sed 's/^ */test.sh: failed: /' || true
exit "$status"
