#!/usr/bin/env bash
# Adds a migration NAME to both providers (SQLite, SQL Server) for both databases (catalog, tenant).
# Every model change needs all four in the same commit; the tests fail otherwise.
#   build/migrations.sh AddMeetings
#   build/migrations.sh --script DIR     writes the idempotent SQL Server scripts to DIR
set -euo pipefail
cd "$(dirname "$0")/.."

dotnet tool restore >/dev/null

if [[ ${1:-} == "--script" ]]; then
  out=${2:?usage: build/migrations.sh --script DIR}
  mkdir -p "$out"
  dotnet build src/Platform.Web -c Release --nologo -v q >/dev/null
  for context in CatalogDb TenantDb; do
    dotnet ef migrations script --idempotent --no-build --configuration Release \
      --project src/Platform.Migrations.SqlServer --startup-project src/Platform.Web \
      --context "$context" --output "$out/$context.sql" -- --provider SqlServer
  done
  echo "Scripts written to $out"
  exit 0
fi

name=${1:?usage: build/migrations.sh NAME   (e.g. AddMeetings)}
[[ $name =~ ^[A-Z][A-Za-z0-9]*$ ]] || { echo "NAME must be PascalCase letters and digits, e.g. AddMeetings" >&2; exit 2; }

dotnet build src/Platform.Web --nologo -v q >/dev/null
for provider in Sqlite SqlServer; do
  for context in CatalogDb TenantDb; do
    folder=${context%Db}
    # A database whose model did not change gets no (empty) migration.
    if dotnet ef migrations has-pending-model-changes --no-build \
        --project "src/Platform.Migrations.$provider" --startup-project src/Platform.Web \
        --context "$context" -- --provider "$provider" >/dev/null 2>&1; then
      echo "$context ($provider): no model changes"
      continue
    fi
    dotnet ef migrations add "$name" --no-build \
      --project "src/Platform.Migrations.$provider" --startup-project src/Platform.Web \
      --context "$context" --output-dir "$folder" \
      -- --provider "$provider"
  done
done
echo "Added $name to Platform.Migrations.Sqlite and Platform.Migrations.SqlServer where the model changed."
