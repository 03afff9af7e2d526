# Shared by start.sh and stop.sh: where the state lives, how processes are started and stopped.
# shellcheck shell=bash

STATE_DIR=${STRATUS_REAL_OPENSTACK_DIR:-/tmp/stratus-real-openstack}
# Marks a state directory as ours, so start.sh only ever wipes a directory it created.
STATE_MARKER=.stratus-real-openstack
HOST=127.0.0.1
# The distribution's interpreter: the services' Python modules are installed for it, not for
# whatever python3 comes first on PATH (pyenv, venvs).
PY=/usr/bin/python3
RUN_DIR=$STATE_DIR/run
LOG_DIR=$STATE_DIR/logs

# start.sh and stop.sh run one at a time per state directory (a second start waits for the first).
# The lock file sits beside the directory, which start.sh deletes; fd 9 is closed in every service.
take_lock() {
  exec 9>"$STATE_DIR.lock"
  if ! flock -w 300 9; then
    log "another start.sh or stop.sh has held $STATE_DIR.lock for 5 minutes"
    return 1
  fi
}

log() { printf '[real-openstack %s] %s\n' "$(date +%T)" "$*" >&2; }

# Runs a command in a new session (so it outlives this script and stop.sh can end its whole
# process group) with output to logs/<name>.log; the pid, which is also the group id, goes to run/<name>.pid.
launch() {
  local name=$1
  shift
  mkdir -p "$RUN_DIR" "$LOG_DIR"
  setsid bash -c 'echo $$ >"$0"; exec "$@"' "$RUN_DIR/$name.pid" "$@" \
    </dev/null >>"$LOG_DIR/$name.log" 2>&1 9>&- &
  local i
  for ((i = 0; i < 50; i++)); do
    [ -s "$RUN_DIR/$name.pid" ] && return 0
    sleep 0.1
  done
  log "$name: no pid file after 5 s"
  return 1
}

# True while any live (non-zombie) process remains in the process group recorded in run/<name>.pid.
# Reads /proc rather than ps: a minimal Debian has no procps.
is_running() {
  local pid_file=$RUN_DIR/$1.pid group stat rest state ppid pgrp
  { read -r group <"$pid_file"; } 2>/dev/null || return 1
  for stat in /proc/[0-9]*/stat; do
    # read, not $(<file): under set -e bash exits outright when $(<file) cannot open a process that just ended.
    { read -r rest <"$stat"; } 2>/dev/null || continue
    rest=${rest##*) }
    read -r state ppid pgrp _ <<<"$rest"
    [ "$pgrp" = "$group" ] && [ "$state" != Z ] && return 0
  done
  return 1
}

log_tail() {
  local file=$LOG_DIR/$1.log
  [ -f "$file" ] || return 0
  echo "----- last 60 lines of $file -----" >&2
  tail -n 60 "$file" >&2
  echo "-----" >&2
}

# Polls until url gives any HTTP answer (a 300 or a 401 counts: the server is up); fails early
# when the process has died, and after timeout seconds.
wait_for_http() {
  local name=$1 url=$2 timeout=${3:-120} started=$SECONDS
  while ! "$PY" - "$url" <<'PYEOF' 2>/dev/null; do
import sys, urllib.error, urllib.request
try:
    urllib.request.urlopen(sys.argv[1], timeout=3)
except urllib.error.HTTPError:
    pass
PYEOF
    if ! is_running "$name"; then
      log "$name exited before answering on $url"
      log_tail "$name"
      return 1
    fi
    if ((SECONDS - started >= timeout)); then
      log "$name did not answer on $url within ${timeout} s"
      log_tail "$name"
      return 1
    fi
    sleep 0.5
  done
  log "$name answers on $url"
}

# Fails when something already listens on the port (showing what, when ss is installed).
require_free_port() {
  local name=$1 port=$2
  if "$PY" -c 'import socket,sys; s=socket.socket(); s.settimeout(1); sys.exit(0 if s.connect_ex(("127.0.0.1", int(sys.argv[1]))) == 0 else 1)' "$port"; then
    log "$name: port $port on $HOST is already in use:"
    ss -ltnp "sport = :$port" >&2 2>/dev/null || true
    return 1
  fi
}

# Ends every process group recorded in run/*.pid: TERM, then KILL after 20 s.
stop_all() {
  local pid_file name pid i
  [ -d "$RUN_DIR" ] || return 0
  for pid_file in "$RUN_DIR"/*.pid; do
    [ -e "$pid_file" ] || continue
    name=$(basename "$pid_file" .pid)
    if is_running "$name" && { read -r pid <"$pid_file"; } 2>/dev/null; then
      kill -TERM -- "-$pid" 2>/dev/null || true
      for ((i = 0; i < 40; i++)); do
        is_running "$name" || break
        sleep 0.5
      done
      if is_running "$name"; then
        log "$name (group $pid) still running after 20 s: KILL"
        kill -KILL -- "-$pid" 2>/dev/null || true
      fi
      log "stopped $name (group $pid)"
    fi
    rm -f "$pid_file"
  done
}

# WAL lets readers and one writer work at once; in the default rollback journal Keystone's
# concurrent requests answer "database is locked". The mode is stored in the file.
sqlite_wal() {
  "$PY" -c 'import sqlite3, sys; sqlite3.connect(sys.argv[1]).execute("PRAGMA journal_mode=WAL")' "$1"
}

new_secret() {
  "$PY" -c 'import secrets; print(secrets.token_urlsafe(18))'
}

# One line of run/catalog.jsonl for setup.py: a service to put in the catalog (public endpoint in
# RegionOne, plus decoys) and its service user. Arguments: type, user/service name, endpoint URL,
# and a path setup.py GETs with an admin token to check that the service accepts Keystone's tokens.
catalog_entry() {
  printf '{"type":"%s","name":"%s","url":"%s","probe":"%s","user":"%s","passwordFile":"%s"}\n' \
    "$1" "$2" "$3" "$4" "$2" "$STATE_DIR/secrets/$2"
}
