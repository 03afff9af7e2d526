# Swift (object-store) on :8080: the proxy (Keystone tokens through keystonemiddleware and
# keystoneauth) and the account, container and object servers, each one process, on a one-replica
# ring over one folder. Everything Swift reads, swift.conf included, is under $STATE_DIR/swift.
# shellcheck shell=bash

PACKAGES+=(swift-proxy swift-account swift-container swift-object)
PORTS[swift]=8080
# The storage servers, behind the proxy.
declare -A SWIFT_STORAGE_PORTS=([object]=6200 [container]=6201 [account]=6202)

start_swift() {
  local dir=$STATE_DIR/swift kind
  mkdir -p "$dir/devices/d1" "$dir/cache"
  for kind in object container account; do
    require_free_port "swift-$kind" "${SWIFT_STORAGE_PORTS[$kind]}"
  done
  cat >"$dir/swift.conf" <<CONF
[swift-hash]
swift_hash_path_prefix = $(new_secret)
swift_hash_path_suffix = $(new_secret)

[storage-policy:0]
name = Policy-0
default = yes
CONF

  # One replica, one device, one region and zone: 2^6 partitions are plenty for a test run.
  for kind in object container account; do
    swift-ring-builder "$dir/$kind.builder" create 6 1 1
    swift-ring-builder "$dir/$kind.builder" add "r1z1-$HOST:${SWIFT_STORAGE_PORTS[$kind]}/d1" 100
    swift-ring-builder "$dir/$kind.builder" rebalance
    cat >"$dir/$kind-server.conf" <<CONF
[DEFAULT]
bind_ip = $HOST
bind_port = ${SWIFT_STORAGE_PORTS[$kind]}
# 0: serve from the launched process itself, no forked workers.
workers = 0
swift_dir = $dir
devices = $dir/devices
# The devices are plain folders, not mount points.
mount_check = false
recon_cache_path = $dir/cache

[pipeline:main]
pipeline = $kind-server

[app:$kind-server]
use = egg:swift#$kind
CONF
  done

  # keystonemiddleware reads its options from its filter section here; the section header of
  # keystone_authtoken_section is dropped. delay_auth_decision lets keystoneauth answer 401/403 itself.
  cat >"$dir/proxy-server.conf" <<CONF
[DEFAULT]
bind_ip = $HOST
bind_port = ${PORTS[swift]}
workers = 0
swift_dir = $dir

[pipeline:main]
pipeline = catch_errors gatekeeper healthcheck proxy-logging listing_formats authtoken keystoneauth copy slo dlo proxy-logging proxy-server

[app:proxy-server]
use = egg:swift#proxy
# An account is created on the first write of a project, as in a real deployment.
account_autocreate = true

[filter:authtoken]
paste.filter_factory = keystonemiddleware.auth_token:filter_factory
delay_auth_decision = true
$(keystone_authtoken_section swift | tail -n +2)

[filter:keystoneauth]
use = egg:swift#keystoneauth
# Members of a project may use its account.
operator_roles = admin, member

[filter:catch_errors]
use = egg:swift#catch_errors

[filter:gatekeeper]
use = egg:swift#gatekeeper

[filter:healthcheck]
use = egg:swift#healthcheck

[filter:proxy-logging]
use = egg:swift#proxy_logging

[filter:listing_formats]
use = egg:swift#listing_formats

[filter:copy]
use = egg:swift#copy

[filter:slo]
use = egg:swift#slo

[filter:dlo]
use = egg:swift#dlo
CONF

  # -v: log to the console (logs/swift-*.log) too, not only to syslog.
  for kind in object container account; do
    launch "swift-$kind" "swift-$kind-server" "$dir/$kind-server.conf" -v
  done
  launch swift swift-proxy-server "$dir/proxy-server.conf" -v
  for kind in object container account; do
    wait_for_http "swift-$kind" "http://$HOST:${SWIFT_STORAGE_PORTS[$kind]}/healthcheck"
  done
  wait_for_http swift "http://$HOST:${PORTS[swift]}/healthcheck"
}

# The catalog URL names the project's account: Keystone fills in the project of each token.
swift_catalog() {
  catalog_entry object-store swift "http://$HOST:${PORTS[swift]}/v1/AUTH_\$(project_id)s" ''
}
