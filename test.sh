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
dotnet test DossierFamille.sln -c Release --logger "console;verbosity=normal" "$@"
