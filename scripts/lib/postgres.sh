# Sourced by .ci/run and scripts/cluster-test.sh: a PostgreSQL server on loopback from Debian's
# postgresql package, for the store tests and the cluster test. Idempotent: installs the
# package only when it is missing, creates a cluster only when there is none, starts it only
# when it is down, and creates the role and database only once.
#   ensure_postgres
# Sets PG_VERSION, PG_CLUSTER, PG_PORT, PG_ADMIN_URL (role "kbserve", which may create
# databases, on database "kbserve"). Needs root (or sudo) for apt-get and pg_ctlcluster.
PG_USER="${PG_USER:-kbserve}"
PG_PASSWORD="${PG_PASSWORD:-kbserve-test-only}"

pg_as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
pg_as_postgres() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi; }

ensure_postgres() {
    if ! command -v pg_lsclusters >/dev/null 2>&1 || [ -z "$(ls /usr/lib/postgresql/*/bin/postgres 2>/dev/null)" ]; then
        echo "==> Installing PostgreSQL (Debian's postgresql package)"
        pg_as_root apt-get update
        pg_as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y postgresql
    fi
    PG_VERSION="$(ls /usr/lib/postgresql | sort -V | tail -n 1)"
    if [ -z "$(pg_lsclusters -h | awk -v v="$PG_VERSION" '$1 == v')" ]; then
        echo "==> Creating a PostgreSQL $PG_VERSION cluster"
        pg_as_root pg_createcluster "$PG_VERSION" main
    fi
    PG_CLUSTER="$(pg_lsclusters -h | awk -v v="$PG_VERSION" '$1 == v { print $2; exit }')"
    PG_PORT="$(pg_lsclusters -h | awk -v v="$PG_VERSION" -v c="$PG_CLUSTER" '$1 == v && $2 == c { print $3; exit }')"
    if ! pg_lsclusters -h | awk -v v="$PG_VERSION" -v c="$PG_CLUSTER" '$1 == v && $2 == c { print $4 }' | grep -q online; then
        echo "==> Starting PostgreSQL $PG_VERSION/$PG_CLUSTER on port $PG_PORT"
        pg_as_root pg_ctlcluster "$PG_VERSION" "$PG_CLUSTER" start
    fi
    for _ in $(seq 1 60); do
        if pg_isready -q -h 127.0.0.1 -p "$PG_PORT"; then break; fi
        sleep 0.5
    done
    pg_isready -h 127.0.0.1 -p "$PG_PORT"
    pg_as_postgres psql -q -p "$PG_PORT" -v ON_ERROR_STOP=1 <<SQL
DO \$\$ BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$PG_USER') THEN
        CREATE ROLE $PG_USER LOGIN CREATEDB PASSWORD '$PG_PASSWORD';
    END IF;
END \$\$;
SQL
    if ! pg_as_postgres psql -p "$PG_PORT" -tAc "SELECT 1 FROM pg_database WHERE datname = '$PG_USER'" | grep -q 1; then
        pg_as_postgres createdb -p "$PG_PORT" -O "$PG_USER" "$PG_USER"
    fi
    PG_ADMIN_URL="postgres://$PG_USER:$PG_PASSWORD@127.0.0.1:$PG_PORT/$PG_USER"
    export PG_VERSION PG_CLUSTER PG_PORT PG_ADMIN_URL
}
