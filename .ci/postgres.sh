# A throwaway PostgreSQL server for the store's tests, from Debian's packages. Source this file, then call
# start_postgres: it installs postgresql when missing (as root), starts a cluster in a temporary folder on
# localhost (port $SITREP_PG_PORT, else the first free one from 5433 on), creates the database sitrep_test,
# exports SITREP_TEST_PG_URL, and stops and deletes the cluster when the shell exits. Without root and without a server binary it says so and returns 1.

stop_postgres() {
  if [ -n "${SITREP_PG_DIR:-}" ] && [ -d "$SITREP_PG_DIR/data" ]; then
    runuser -u postgres -- "$SITREP_PG_BIN/pg_ctl" -D "$SITREP_PG_DIR/data" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$SITREP_PG_DIR"
  fi
}

start_postgres() {
  local port="${SITREP_PG_PORT:-}"
  if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    if [ "$(id -u)" != 0 ]; then
      echo "postgres: no server installed and not root: PostgreSQL tests will be skipped" >&2
      return 1
    fi
    apt-get update -q
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends postgresql
  fi
  if [ "$(id -u)" != 0 ]; then
    echo "postgres: not root, cannot run the server as the postgres user: PostgreSQL tests will be skipped" >&2
    return 1
  fi
  SITREP_PG_BIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
  if [ -z "$port" ]; then
    # The first port from 5433 on where no server answers (pg_isready: 2 = no response).
    port=5433
    while "$SITREP_PG_BIN/pg_isready" -q -h localhost -p "$port"; [ $? -ne 2 ]; do
      port=$((port + 1))
      [ "$port" -le 5463 ] || { echo "postgres: no free port in 5433-5463" >&2; return 1; }
    done
  fi
  SITREP_PG_DIR="$(mktemp -d /tmp/sitrep-pg.XXXXXX)"
  export SITREP_PG_BIN SITREP_PG_DIR
  chown postgres "$SITREP_PG_DIR"
  trap stop_postgres EXIT
  runuser -u postgres -- "$SITREP_PG_BIN/initdb" -D "$SITREP_PG_DIR/data" -A trust -U postgres -E UTF8 >/dev/null \
    || { echo "postgres: initdb failed" >&2; return 1; }
  runuser -u postgres -- "$SITREP_PG_BIN/pg_ctl" -D "$SITREP_PG_DIR/data" -l "$SITREP_PG_DIR/server.log" -w \
    -o "-p $port -k $SITREP_PG_DIR -c listen_addresses=localhost -c fsync=off" start >/dev/null \
    || { echo "postgres: the server did not start:" >&2; cat "$SITREP_PG_DIR/server.log" >&2; return 1; }
  runuser -u postgres -- "$SITREP_PG_BIN/createdb" -h localhost -p "$port" -U postgres sitrep_test \
    || { echo "postgres: createdb failed" >&2; return 1; }
  export SITREP_TEST_PG_URL="jdbc:postgresql://localhost:$port/sitrep_test?user=postgres"
  echo "postgres: $("$SITREP_PG_BIN/postgres" --version) on $SITREP_TEST_PG_URL" >&2
}
