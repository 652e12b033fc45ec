# Throw-away PostgreSQL for the archive tests. Source it, then:
#   pg_start   installs PostgreSQL from Debian if missing, initdb's a cluster in a temp dir as user postgres,
#              starts it on 127.0.0.1 on a free port, creates database marsad_test and exports MARSAD_TEST_PG
#   pg_stop    stops the cluster and removes its directory
# Example: source .ci/postgres.sh && pg_start && dotnet test tests/Marsad.Archive.Tests; pg_stop

pg_bin() {
  local d
  for d in /usr/lib/postgresql/*/bin; do [ -x "$d/pg_ctl" ] && { echo "$d"; return 0; }; done
  return 1
}

pg_start() {
  if ! pg_bin >/dev/null; then
    echo "postgres.sh: installing PostgreSQL from Debian" >&2
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null || return 1
  fi
  local bin; bin=$(pg_bin) || { echo "postgres.sh: no PostgreSQL binaries" >&2; return 1; }
  local run=(); [ "$(id -u)" = 0 ] && run=(runuser -u postgres --)
  MARSAD_PG_DIR=$(mktemp -d /tmp/marsad-pg.XXXXXX)
  chmod 700 "$MARSAD_PG_DIR"
  [ "$(id -u)" = 0 ] && chown postgres: "$MARSAD_PG_DIR"
  MARSAD_PG_PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
  "${run[@]}" "$bin/initdb" -D "$MARSAD_PG_DIR/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null || return 1
  "${run[@]}" "$bin/pg_ctl" -D "$MARSAD_PG_DIR/data" -l "$MARSAD_PG_DIR/log" -w \
    -o "-h 127.0.0.1 -p $MARSAD_PG_PORT -k $MARSAD_PG_DIR -c synchronous_commit=off" start >/dev/null || { cat "$MARSAD_PG_DIR/log" >&2; return 1; }
  "${run[@]}" "$bin/createdb" -h 127.0.0.1 -p "$MARSAD_PG_PORT" -U postgres marsad_test || return 1
  export MARSAD_PG_DIR MARSAD_PG_PORT
  export MARSAD_TEST_PG="Host=127.0.0.1;Port=$MARSAD_PG_PORT;Username=postgres;Database=marsad_test"
  echo "postgres.sh: PostgreSQL on 127.0.0.1:$MARSAD_PG_PORT (MARSAD_TEST_PG)" >&2
}

pg_stop() {
  [ -n "${MARSAD_PG_DIR:-}" ] || return 0
  local bin; bin=$(pg_bin)
  local run=(); [ "$(id -u)" = 0 ] && run=(runuser -u postgres --)
  "${run[@]}" "$bin/pg_ctl" -D "$MARSAD_PG_DIR/data" -m fast -w stop >/dev/null 2>&1
  rm -rf "$MARSAD_PG_DIR"
  unset MARSAD_PG_DIR MARSAD_PG_PORT MARSAD_TEST_PG
}
