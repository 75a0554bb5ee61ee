#!/usr/bin/env bash
# Back up the UnionAid database: pg_dump in custom format to a timestamped file, checked with pg_restore --list.
#
#   scripts/backup.sh [-o DIR] [DATABASE]
#
#   DATABASE  a database name, a connection string or a postgresql:// URL (default: $PGDATABASE, or the
#             PostgreSQL defaults). Host, port, user and password come from the usual PGHOST, PGPORT, PGUSER,
#             PGPASSWORD (or ~/.pgpass, PGSERVICE) when the argument does not give them.
#   -o DIR    where the dump goes (default: $UNIONAID_BACKUP_DIR, else ./backups)
#
# Environment: PG_BIN, the directory of pg_dump and pg_restore (default: the ones on PATH; their major version
# must be at least the server's, e.g. /usr/lib/postgresql/17/bin); UNIONAID_BACKUP_PREFIX (default unionaid);
# UNIONAID_BACKUP_KEEP_DAYS, when set, deletes this prefix's dumps in DIR older than that many days after a
# successful backup (never the one just made). The dump is written as <prefix>-<UTC time>.dump (owner-only),
# appears under that name only once pg_restore has read it back, and its path is the last line printed.
# Exit status is non-zero on any failure. For the Docker Compose deployment see docs/operations.md.
set -euo pipefail

usage() {
  sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//'
}

out_dir=${UNIONAID_BACKUP_DIR:-./backups}
database=
while [[ $# -gt 0 ]]; do
  case "$1" in
    -o|--output-dir) [[ $# -ge 2 ]] || { echo "backup.sh: $1 needs a directory" >&2; exit 2; }
      out_dir=$2; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    -*) echo "backup.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
    *) [[ -z "$database" ]] || { echo "backup.sh: only one database, not '$1' too" >&2; exit 2; }
      database=$1; shift ;;
  esac
done

bin=${PG_BIN:+${PG_BIN%/}/}
pg_dump=${bin}pg_dump
pg_restore=${bin}pg_restore
for program in "$pg_dump" "$pg_restore"; do
  command -v "$program" >/dev/null || { echo "backup.sh: $program not found (set PG_BIN)" >&2; exit 1; }
done

prefix=${UNIONAID_BACKUP_PREFIX:-unionaid}
umask 077
mkdir -p "$out_dir"
stamp=$(date -u +%Y%m%dT%H%M%SZ)
file="$out_dir/$prefix-$stamp.dump"
partial="$file.partial"
trap 'rm -f "$partial"' EXIT

connection=()
[[ -n "$database" ]] && connection=(--dbname="$database")
echo "Dumping $("$pg_dump" --version) -> $file" >&2
"$pg_dump" --format=custom --compress=6 --no-password "${connection[@]}" --file="$partial"

# a dump that pg_restore cannot read is no backup
entries=$("$pg_restore" --list "$partial")
tables=$(grep -c ' TABLE DATA ' <<<"$entries" || true)
if [[ "$tables" -eq 0 ]]; then
  echo "backup.sh: the dump holds no table data; the database may be empty or the wrong one" >&2
  exit 1
fi
mv "$partial" "$file"
trap - EXIT

if [[ -n "${UNIONAID_BACKUP_KEEP_DAYS:-}" ]]; then
  [[ "$UNIONAID_BACKUP_KEEP_DAYS" =~ ^[0-9]+$ ]] || { echo "backup.sh: UNIONAID_BACKUP_KEEP_DAYS is not a number" >&2; exit 2; }
  find "$out_dir" -maxdepth 1 -type f -name "$prefix-*.dump" ! -path "$file" \
    -mtime +"$UNIONAID_BACKUP_KEEP_DAYS" -print -delete | sed 's/^/Deleted old dump /' >&2
fi

cat >&2 <<EOF
Backup checked: $tables tables' data, $(du -h "$file" | cut -f1).

REMINDER: the keys are NOT in this dump. National IDs, bank accounts and health data in it are encrypted
with UNIONAID_ENCRYPTION_KEY (and any older UNIONAID_CRYPTO_ENCRYPTIONKEYS_* versions); national-ID lookups
need UNIONAID_LOOKUP_KEY. Outside prod they are the files under \${UNIONAID_DATA_DIR}/keys (./data/keys).
Keep them in the secret store and in the backup procedure, separately from the dumps: a dump without its
keys cannot decrypt those fields, and keys kept beside the dump expose them to whoever gets the dump.
EOF
echo "$file"
