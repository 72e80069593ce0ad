#!/usr/bin/env bash
# Starts Debian's PostgreSQL cluster and creates the `kds_test` database owned by `kds` (password `kds`).
set -euo pipefail
version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
[ -n "$version" ] || exit 1
if ! pg_lsclusters -h | grep -q "^$version main"; then pg_createcluster "$version" main >/dev/null; fi
pg_ctlcluster "$version" main start 2>/dev/null || true
for _ in $(seq 1 30); do
  if su postgres -c "pg_isready -q" ; then break; fi
  sleep 0.5
done
su postgres -c "psql -qtAc \"SELECT 1 FROM pg_roles WHERE rolname='kds'\"" | grep -q 1 \
  || su postgres -c "psql -q -c \"CREATE ROLE kds LOGIN PASSWORD 'kds' CREATEDB\""
su postgres -c "psql -qtAc \"SELECT 1 FROM pg_database WHERE datname='kds_test'\"" | grep -q 1 \
  || su postgres -c "createdb -O kds kds_test"
