#!/usr/bin/env bash
# Starts real OpenStack services on 127.0.0.1 for the e2e suite (e2e/test/real): Keystone, Glance,
# Placement, Ironic, Neutron, Swift, Cinder and Nova with sqlite databases and file stores, all under one state directory
# (STRATUS_REAL_OPENSTACK_DIR, default /tmp/stratus-real-openstack). Installs the Debian packages
# when missing (needs root then). Bootstraps users, projects and the catalog, then writes env.json,
# clouds.yaml and openrc files there for the tests.
#
# Each run starts from scratch: services a previous run left running are stopped and the state
# directory is recreated, so every run sees the same empty services (new passwords each time).
#
# A service is a file services/<name>.sh that adds its packages and port and defines
# start_<name> (configure, create its database, launch, wait until it answers) and, when it goes in
# the catalog, <name>_catalog. To add one, write the file and add its name to SERVICES.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=lib.sh
source "$here/lib.sh"

take_lock
SERVICES=(keystone glance placement ironic neutron swift cinder nova)
PACKAGES=(python3-openstacksdk)
declare -A PORTS=()
for service in "${SERVICES[@]}"; do
  # shellcheck disable=SC1090
  source "$here/services/$service.sh"
done

install_missing_packages() {
  local missing=() package
  for package in "${PACKAGES[@]}"; do
    [ "$(dpkg-query -W -f '${Status}' "$package" 2>/dev/null)" = 'install ok installed' ] || missing+=("$package")
  done
  [ "${#missing[@]}" -eq 0 ] && return 0
  if [ "$(id -u)" -ne 0 ]; then
    log "missing packages: ${missing[*]}; run as root, or install them with" \
      "apt-get install --no-install-recommends ${missing[*]}"
    return 1
  fi
  log "installing ${missing[*]}"
  # The packages' postinst scripts start their services on the default ports; a policy-rc.d that
  # answers 101 ("action forbidden") stops that. Only one this script created is removed again.
  local created_policy=false
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d
    chmod 755 /usr/sbin/policy-rc.d
    created_policy=true
  fi
  local status attempt
  for attempt in 1 2 3; do
    status=0
    {
      DEBIAN_FRONTEND=noninteractive apt-get update -q &&
        DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
    } || status=$?
    [ "$status" -eq 0 ] && break
    log "apt-get failed (attempt $attempt of 3, status $status)"
    if [ "$attempt" -lt 3 ]; then sleep 10; fi
  done
  if $created_policy; then rm -f /usr/sbin/policy-rc.d; fi
  return "$status"
}

prepare_state_dir() {
  if [ -e "$STATE_DIR" ] && [ ! -e "$STATE_DIR/$STATE_MARKER" ] && [ -n "$(ls -A "$STATE_DIR")" ]; then
    log "$STATE_DIR exists, is not empty and was not made by this script: not touching it"
    return 1
  fi
  stop_all
  rm -rf "$STATE_DIR"
  mkdir -p "$STATE_DIR/secrets" "$RUN_DIR" "$LOG_DIR"
  touch "$STATE_DIR/$STATE_MARKER"
  chmod 700 "$STATE_DIR/secrets"
  new_secret >"$STATE_DIR/secrets/admin"
  local service
  for service in "${SERVICES[@]}"; do
    if declare -F "${service}_catalog" >/dev/null; then new_secret >"$STATE_DIR/secrets/$service"; fi
  done
}

start_services() {
  local service failed=()
  declare -A pids=()
  for service in "${SERVICES[@]}"; do
    require_free_port "$service" "${PORTS[$service]}"
  done
  for service in "${SERVICES[@]}"; do
    ("start_$service" >>"$LOG_DIR/$service-setup.log" 2>&1) &
    pids[$service]=$!
  done
  for service in "${SERVICES[@]}"; do
    if wait "${pids[$service]}"; then
      log "$service up ($((SECONDS - started)) s)"
    else
      failed+=("$service")
    fi
  done
  for service in "${failed[@]}"; do
    log "$service failed to start"
    log_tail "$service-setup"
  done
  [ "${#failed[@]}" -eq 0 ]
}

# A failed start leaves nothing running.
trap 'status=$?; if [ "$status" -ne 0 ]; then log "start failed: stopping what was started"; stop_all; fi' EXIT

started=$SECONDS
install_missing_packages
log "packages present ($((SECONDS - started)) s)"
prepare_state_dir
start_services
log "services up ($((SECONDS - started)) s)"
for service in "${SERVICES[@]}"; do
  if declare -F "${service}_catalog" >/dev/null; then "${service}_catalog"; fi
done >"$RUN_DIR/catalog.jsonl"
"$PY" "$here/setup.py" "$STATE_DIR" "$KEYSTONE_URL/v3"
log "ready in $((SECONDS - started)) s: $STATE_DIR/env.json"
