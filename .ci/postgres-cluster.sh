#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the journal's tests, in a temporary directory, run by an unprivileged user
# (nobody when started as root: PostgreSQL refuses to run as root).
#
#   eval "$(.ci/postgres-cluster.sh start)"   creates and starts it; prints the exports the tests read:
#                                            RECLAIM_TEST_PG_URL (postgresql://127.0.0.1:PORT/reclaim?user=..&password=..)
#                                            RECLAIM_TEST_PG_DIR (the cluster's directory)
#   .ci/postgres-cluster.sh pause|resume      stops / starts the same server (tests cut the database mid-run)
#   .ci/postgres-cluster.sh stop              stops it and deletes the directory
# pause, resume and stop take the cluster from RECLAIM_TEST_PG_DIR.
set -euo pipefail

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$bin" ] || [ ! -x "$bin/pg_ctl" ]; then
  echo "postgres-cluster: no PostgreSQL server under /usr/lib/postgresql/*/bin; install Debian's 'postgresql'." >&2
  exit 2
fi

# Runs a PostgreSQL program as the cluster's owner.
as_owner() {
  if [ "$(id -u)" = 0 ]; then
    runuser -u nobody -- "$@"
  else
    "$@"
  fi
}

cluster_dir() {
  if [ -z "${RECLAIM_TEST_PG_DIR:-}" ] || [ ! -d "$RECLAIM_TEST_PG_DIR/data" ]; then
    echo "postgres-cluster: RECLAIM_TEST_PG_DIR does not name a cluster made by '$0 start'." >&2
    exit 2
  fi
  echo "$RECLAIM_TEST_PG_DIR"
}

pg_start() {
  local dir=$1
  as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
    -o "-p $(cat "$dir/port") -k $dir -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null
}

case "${1:-}" in
  start)
    dir=$(mktemp -d /tmp/reclaim-pg.XXXXXX)
    chmod 0700 "$dir"
    password=$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')
    printf '%s\n' "$password" >"$dir/pwfile"
    # A free TCP port: bind to port 0 and take what the kernel hands out.
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' >"$dir/port"
    [ "$(id -u)" = 0 ] && chown -R nobody "$dir"
    as_owner "$bin/initdb" -D "$dir/data" -U reclaim --pwfile="$dir/pwfile" --auth=scram-sha-256 \
      -E UTF8 --no-locale >"$dir/initdb.log"
    pg_start "$dir"
    port=$(cat "$dir/port")
    PGPASSWORD=$password as_owner "$bin/psql" -q -h 127.0.0.1 -p "$port" -U reclaim -d postgres \
      -c 'CREATE DATABASE reclaim' >/dev/null
    echo "export RECLAIM_TEST_PG_DIR=$dir"
    echo "export RECLAIM_TEST_PG_URL='postgresql://127.0.0.1:$port/reclaim?user=reclaim&password=$password'"
    ;;
  pause)
    dir=$(cluster_dir)
    as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
    ;;
  resume)
    pg_start "$(cluster_dir)"
    ;;
  stop)
    dir=$(cluster_dir)
    as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$dir"
    ;;
  *)
    echo "usage: $0 start|pause|resume|stop" >&2
    exit 2
    ;;
esac
