#!/usr/bin/env bash
# Adds a migration named $1 for each database provider (SQLite, PostgreSQL, SQL Server).
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -eq 1 ] || { echo "usage: tools/add-migration.sh MigrationName" >&2; exit 2; }
dotnet tool restore >/dev/null
dotnet build src/Web -c Debug >/dev/null
for provider in Sqlite PostgreSql SqlServer; do
  dotnet ef migrations add "$1" --no-build --project src/Web --context "${provider}AppDbContext" --output-dir "Data/Migrations/$provider"
done
