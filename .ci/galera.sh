#!/usr/bin/env bash
# Starts (or stops) a three-node MariaDB Galera cluster on this machine for the Galera tests:
# nodes on 127.0.0.1 ports 23061-23063 (STRATA_GALERA_PORT overrides the first), data under
# /tmp/strata-galera (STRATA_GALERA_DIR), and a TCP user strata/strata. Idempotent: nodes that
# already answer are left alone. Usage: .ci/galera.sh start [--install]|proxy [--install]|stop|status,
# where --install first installs what is missing from Debian (galera-4 and rsync; haproxy). proxy
# starts HAProxy on the port after the nodes' (23064), handing each new connection to the next node
# in turn, as a load balancer in front of a cluster does; it prints the port. start and proxy hold
# a lock ($STRATA_GALERA_DIR.lock) while they work, so that a start in progress (.ci/run starts
# the cluster in the background while Maven builds) makes another one wait for it, then find the
# nodes running, instead of starting them twice.
set -euo pipefail

BASE_PORT=${STRATA_GALERA_PORT:-23061}
ROOT=${STRATA_GALERA_DIR:-/tmp/strata-galera}
NODES=3
MARIADBD=${MARIADBD:-/usr/sbin/mariadbd}
PROVIDER=${STRATA_GALERA_PROVIDER:-/usr/lib/galera/libgalera_smm.so}
# the server refuses to run as root; as another user it runs as that user
RUN_AS=$([ "$(id -u)" = 0 ] && echo mysql || id -un)

port() { echo $((BASE_PORT + $1 - 1)); }
# each node's Galera ports: group communication P, incremental state transfer P+1, rsync P+2.
# Every port here lies below Linux's ephemeral range (32768 up): there a client's connection (the
# tests' to 5432 and 3306, Maven's downloads) may hold the port a node needs for as long as it is
# open, and the node fails with 'Address already in use' (seen on a fresh machine, where node 2's
# 33062 stayed taken for over a minute). Not 25672 either, RabbitMQ's distribution port.
galera_port() { echo $((24670 + 10 * ($1 - 1) + (BASE_PORT - 23061) * 100)); }
dir() { echo "$ROOT/node$1"; }
answers() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# waits for the lock, held on descriptor 9 until this script exits; daemons close it (9>&-)
lock() {
  mkdir -p "$(dirname "$ROOT")"
  exec 9>"$ROOT.lock"
  flock 9
}

cluster_address() {
  local list=""
  for n in $(seq 1 $NODES); do list+="${list:+,}127.0.0.1:$(galera_port "$n")"; done
  echo "gcomm://$list"
}

write_config() {
  local n=$1 d g
  d=$(dir "$n")
  g=$(galera_port "$n")
  mkdir -p "$d/data"
  cat >"$d/my.cnf" <<EOF
[mysqld]
user=$RUN_AS
datadir=$d/data
port=$(port "$n")
bind-address=127.0.0.1
# a node that was just stopped may still hold the port for a moment: keep trying to bind
port-open-timeout=60
socket=$d/mysqld.sock
pid-file=$d/mysqld.pid
log-error=$d/error.log
skip-name-resolve
innodb_buffer_pool_size=64M
innodb_log_file_size=16M
performance_schema=OFF
max_connections=200
wsrep_on=ON
wsrep_provider=$PROVIDER
wsrep_cluster_name=strata_test
wsrep_cluster_address=$(cluster_address)
wsrep_node_name=node$n
wsrep_node_address=127.0.0.1:$g
wsrep_sst_method=rsync
wsrep_sst_receive_address=127.0.0.1:$((g + 2))
wsrep_provider_options="gmcast.listen_addr=tcp://127.0.0.1:$g;ist.recv_addr=127.0.0.1:$((g + 1));base_port=$g;gcache.size=32M"
binlog_format=ROW
default_storage_engine=InnoDB
innodb_autoinc_lock_mode=2
EOF
  chown -R "$RUN_AS" "$d"
}

# waits until the node answers and has joined the cluster (wsrep_ready = ON)
await_node() {
  local n=$1
  for _ in $(seq 1 240); do
    if answers "$(port "$n")" && [ "$(sql "$n" "SHOW STATUS LIKE 'wsrep_ready'" | awk '{print $2}')" = ON ]; then
      return 0
    fi
    # the server this script started has exited (it may never have written its pid file)
    if [ -f "$(dir "$n")/started.pid" ] && ! kill -0 "$(cat "$(dir "$n")/started.pid")" 2>/dev/null; then
      break
    fi
    sleep 1
  done
  echo "Galera node $n did not join; see $(dir "$n")/error.log:" >&2
  tail -20 "$(dir "$n")/error.log" >&2 || true
  return 1
}

sql() { mariadb --no-defaults -uroot --socket="$(dir "$1")/mysqld.sock" -N -e "$2" 2>/dev/null; }

start_node() {
  local n=$1
  shift
  if answers "$(port "$n")"; then return 0; fi
  write_config "$n"
  "$MARIADBD" --defaults-file="$(dir "$n")/my.cnf" "$@" >/dev/null 2>&1 9>&- &
  echo $! >"$(dir "$n")/started.pid"
  disown
}

# the Galera provider and rsync, for the state transfer of a joining node
install_packages() {
  if [ -e "$PROVIDER" ] && command -v rsync >/dev/null; then return 0; fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq galera-4 rsync >&2 \
    || { apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq galera-4 rsync >&2; }
}

start() {
  if [ "${1:-}" = "--install" ]; then install_packages; fi
  if [ ! -e "$PROVIDER" ] || ! command -v rsync >/dev/null; then
    echo "Galera needs $PROVIDER and rsync: apt-get install -y galera-4 rsync (or .ci/galera.sh start --install)" >&2
    return 1
  fi
  local running=0
  for n in $(seq 1 $NODES); do answers "$(port "$n")" && running=$((running + 1)); done
  if [ "$running" = $NODES ]; then
    echo "Galera cluster already runs on ports $(port 1)-$(port $NODES)"
    return 0
  fi
  if [ "$running" = 0 ]; then
    # no node left to join: bootstrap a fresh cluster from node 1
    rm -rf "$ROOT"
    write_config 1
    mariadb-install-db --no-defaults --user="$RUN_AS" --datadir="$(dir 1)/data" \
      --auth-root-authentication-method=socket >/dev/null
    start_node 1 --wsrep-new-cluster
    await_node 1
    sql 1 "CREATE USER IF NOT EXISTS 'strata'@'127.0.0.1' IDENTIFIED BY 'strata';
           GRANT ALL ON *.* TO 'strata'@'127.0.0.1' WITH GRANT OPTION;"
  fi
  for n in $(seq 1 $NODES); do
    if ! answers "$(port "$n")"; then
      # an empty data directory: the node receives the whole state by rsync
      rm -rf "$(dir "$n")/data"
      start_node "$n"
      await_node "$n"
    fi
  done
  echo "Galera cluster runs on ports $(port 1)-$(port $NODES), user strata/strata"
}

proxy_port() { port $((NODES + 1)); }

# HAProxy in TCP mode, round robin over the nodes: each new connection goes to the next node
proxy() {
  if [ "${1:-}" = "--install" ] && ! command -v haproxy >/dev/null; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq haproxy >&2 \
      || { apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq haproxy >&2; }
  fi
  command -v haproxy >/dev/null \
    || { echo "HAProxy is not installed: apt-get install -y haproxy (or .ci/galera.sh proxy --install)" >&2; return 1; }
  if answers "$(proxy_port)"; then proxy_port; return 0; fi
  mkdir -p "$ROOT"
  {
    printf 'global\n  daemon\n  pidfile %s/haproxy.pid\n' "$ROOT"
    printf 'defaults\n  mode tcp\n  timeout connect 5s\n  timeout client 1h\n  timeout server 1h\n'
    printf 'listen galera\n  bind 127.0.0.1:%s\n  balance roundrobin\n' "$(proxy_port)"
    for n in $(seq 1 $NODES); do printf '  server node%s 127.0.0.1:%s\n' "$n" "$(port "$n")"; done
  } >"$ROOT/haproxy.cfg"
  # HAProxy exits when its port is taken, as by an HAProxy just stopped: start it again until it
  # binds
  for _ in $(seq 1 70); do
    haproxy -f "$ROOT/haproxy.cfg" 2>>"$ROOT/haproxy.log" 9>&- || { sleep 1; continue; }
    for _ in $(seq 1 50); do
      if answers "$(proxy_port)"; then proxy_port; return 0; fi
      sleep 0.1
    done
  done
  tail -5 "$ROOT/haproxy.log" >&2 || true
  echo "HAProxy did not start on port $(proxy_port); see $ROOT/haproxy.cfg" >&2
  return 1
}

stop() {
  if [ -f "$ROOT/haproxy.pid" ]; then kill "$(cat "$ROOT/haproxy.pid")" 2>/dev/null || true; fi
  for n in $(seq $NODES -1 1); do
    local pid_file
    pid_file="$(dir "$n")/mysqld.pid"
    if [ -f "$pid_file" ] && kill -0 "$(cat "$pid_file")" 2>/dev/null; then
      kill "$(cat "$pid_file")"
      for _ in $(seq 1 60); do kill -0 "$(cat "$pid_file" 2>/dev/null)" 2>/dev/null || break; sleep 1; done
    fi
  done
  echo "Galera cluster stopped"
}

status() {
  for n in $(seq 1 $NODES); do
    if answers "$(port "$n")"; then
      echo "node$n: port $(port "$n"), cluster size $(sql "$n" "SHOW STATUS LIKE 'wsrep_cluster_size'" | awk '{print $2}')"
    else
      echo "node$n: down"
    fi
  done
}

case "${1:-}" in
  start) lock && start "${2:-}" ;;
  proxy) lock && proxy "${2:-}" ;;
  stop) stop ;;
  status) status ;;
  *) echo "usage: $0 start [--install]|proxy [--install]|stop|status" >&2; exit 2 ;;
esac
