#!/usr/bin/env bash
# Restore a dump made by scripts/backup.sh into a database.
#
#   scripts/restore.sh [--clean | --force] DUMP [DATABASE]
#
#   DUMP      a custom-format dump (scripts/backup.sh, pg_dump -Fc)
#   DATABASE  the target: a database name, a connection string or a postgresql:// URL (default: $PGDATABASE,
#             or the PostgreSQL defaults); connection details as for psql (PGHOST, PGPORT, PGUSER,
#             PGPASSWORD, ~/.pgpass). Create it first, empty: createdb -T template0 unionaid
#   --clean   the target is not empty: drop the dump's objects there first (pg_restore --clean --if-exists)
#   --force   restore into a non-empty target without dropping anything (fails on the first conflict)
#
# Without --clean or --force a target that has any table, sequence or view is refused. The restore runs in one
# transaction and stops at the first error (--exit-on-error), so a failed restore leaves the target as it
# was. Ownership is not restored (--no-owner): the objects belong to the user that restores. PG_BIN names the
# directory of pg_restore and psql (default: PATH; pg_restore's major version must be at least the dump's).
set -euo pipefail

usage() {
  sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//'
}

mode=
dump=
database=
while [[ $# -gt 0 ]]; do
  case "$1" in
    --clean) mode=clean; shift ;;
    --force) mode=force; shift ;;
    -h|--help) usage; exit 0 ;;
    -*) echo "restore.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
    *) if [[ -z "$dump" ]]; then dump=$1
       elif [[ -z "$database" ]]; then database=$1
       else echo "restore.sh: unexpected argument '$1'" >&2; exit 2; fi
       shift ;;
  esac
done
[[ -n "$dump" ]] || { echo "restore.sh: which dump? (see --help)" >&2; exit 2; }
[[ -r "$dump" ]] || { echo "restore.sh: cannot read $dump" >&2; exit 1; }

bin=${PG_BIN:+${PG_BIN%/}/}
pg_restore=${bin}pg_restore
psql=${bin}psql
for program in "$pg_restore" "$psql"; do
  command -v "$program" >/dev/null || { echo "restore.sh: $program not found (set PG_BIN)" >&2; exit 1; }
done

connection=()
[[ -n "$database" ]] && connection=(--dbname="$database")
query() {
  "$psql" -X -q -A -t -v ON_ERROR_STOP=1 --no-password "${connection[@]}" -c "$1"
}

"$pg_restore" --list "$dump" >/dev/null

objects=$(query "select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace
                 where c.relkind in ('r', 'p', 'S', 'v', 'm')
                   and n.nspname not in ('pg_catalog', 'information_schema')
                   and n.nspname not like 'pg_toast%' and n.nspname not like 'pg_temp%'")
target=$(query "select current_database() || ' on ' || coalesce(host(inet_server_addr()), 'local socket')
                || ':' || current_setting('port') || ' (PostgreSQL ' || current_setting('server_version') || ')'")
if [[ "$objects" -gt 0 && -z "$mode" ]]; then
  echo "restore.sh: the target $target is not empty ($objects tables, sequences or views)." >&2
  echo "  Restore into a new empty database, or pass --clean to replace what the dump contains." >&2
  exit 1
fi

options=(--no-owner --no-privileges --exit-on-error --single-transaction --no-password)
[[ "$mode" == clean ]] && options+=(--clean --if-exists)
echo "Restoring $dump into $target" >&2
"$pg_restore" "${options[@]}" "${connection[@]}" "$dump"

latest=$(query "select version || ' (' || description || ', ' || installed_on::date || ')'
                from flyway_schema_history where success and version is not null
                order by installed_rank desc limit 1" 2>/dev/null || echo "unknown: no flyway_schema_history")
cat >&2 <<EOF
Restored into $target.
Latest Flyway migration in it: $latest

To verify, compare with the source (or with the version the application expects, the highest
src/main/resources/db/migration/V*__*.sql of the release you run):
  psql -d <target> -c "select version, description, installed_on, success from flyway_schema_history order by installed_rank desc limit 5"
  psql -d <target> -c "select count(*), max(occurred_at) from audit_event"
Then start the application against it with the SAME UNIONAID_ENCRYPTION_KEY (and older key versions) and
UNIONAID_LOOKUP_KEY as the source: open a worker and check that the national ID shows and that searching
by national ID finds them.
EOF
