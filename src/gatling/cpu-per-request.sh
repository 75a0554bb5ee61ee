#!/usr/bin/env bash
# CPU per request of a running server, page by page: signs in (form login with CSRF) when a user is given, then
# for each path sends N requests at concurrency C with ab (Debian: apt-get install apache2-utils) and divides
# the server process's CPU time (utime+stime from /proc/PID/stat) by N. Loopback targets only.
#
#   src/gatling/cpu-per-request.sh PID BASE_URL USER|- N C PATH...
#   src/gatling/cpu-per-request.sh 1234 http://localhost:18080 caseworker 2000 4 /workers /workers/12
#   src/gatling/cpu-per-request.sh 5678 http://localhost:18081 - 2000 4 '/owners?lastName=' /owners/1
# Environment: PASSWORD (default unionaid-demo), WARMUP (requests per path before measuring, default N/4),
# HEADER (an extra request header, e.g. "Authorization: Bearer ua_…").
set -euo pipefail
pid=$1 base=$2 user=$3 n=$4 c=$5; shift 5
case "$base" in http://localhost:*|http://127.*) ;; *) echo "loopback targets only" >&2; exit 2;; esac
password=${PASSWORD:-unionaid-demo}
warmup=${WARMUP:-$((n / 4))}
tck=$(getconf CLK_TCK)
args=(-k -c "$c")
if [ "$user" != "-" ]; then
  jar=$(mktemp)
  csrf=$(curl -s -c "$jar" -b "$jar" "$base/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
  curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=$user" --data-urlencode "password=$password" \
       --data-urlencode "_csrf=$csrf" "$base/login"
  session=$(awk '$6=="SESSION"{print $7}' "$jar")
  [ -n "$session" ] || { echo "sign-in failed" >&2; exit 1; }
  args+=(-C "SESSION=$session")
  rm -f "$jar"
fi
[ -n "${HEADER:-}" ] && args+=(-H "$HEADER")
cpu() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
printf '%-45s %8s %8s %10s %9s %9s\n' path requests non2xx "cpu ms/req" "req/s" "p50 ms"
for path in "$@"; do
  url="$base$path"
  [ "$warmup" -gt 0 ] && ab "${args[@]}" -n "$warmup" "$url" > /dev/null 2>&1
  before=$(cpu)
  out=$(ab "${args[@]}" -n "$n" "$url" 2>&1)
  after=$(cpu)
  non2xx=$(sed -n 's/^Non-2xx responses: *//p' <<<"$out"); non2xx=${non2xx:-0}
  rps=$(sed -n 's/^Requests per second: *\([0-9.]*\).*/\1/p' <<<"$out")
  p50=$(sed -n 's/^ *50% *\([0-9]*\).*/\1/p' <<<"$out")
  ms=$(awk -v d=$((after - before)) -v t="$tck" -v n="$n" 'BEGIN{printf "%.2f", d * 1000 / t / n}')
  printf '%-45s %8s %8s %10s %9s %9s\n' "$path" "$n" "$non2xx" "$ms" "$rps" "$p50"
done
