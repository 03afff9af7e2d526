# Nova (compute) on :8774: the compute API, conductor, scheduler and one compute service with the fake
# virt driver in one process (nova_all.py, oslo.messaging's in-memory transport), cells v2 with one
# cell, sqlite databases in WAL mode. Servers are scheduled through the real Placement and boot from
# images of the real Glance; nothing runs on the machine.
# shellcheck shell=bash

PACKAGES+=(nova-api nova-conductor nova-scheduler)
PORTS[nova]=8774

start_nova() {
  local dir=$STATE_DIR/nova
  mkdir -p "$dir/locks" "$dir/state" "$dir/instances"
  cat >"$dir/nova.conf" <<CONF
[DEFAULT]
debug = false
host = stratus-e2e-compute
my_ip = $HOST
state_path = $dir/state
instances_path = $dir/instances
# The services run in one process (nova_all.py) and talk through this in-memory transport.
transport_url = fake:/
# A hypervisor that pretends: servers go ACTIVE at once, actions succeed, nothing runs.
compute_driver = fake.FakeDriver
enabled_apis = osapi_compute
osapi_compute_listen = $HOST
osapi_compute_listen_port = ${PORTS[nova]}
osapi_compute_workers = 1

[api]
auth_strategy = keystone

[wsgi]
api_paste_config = /etc/nova/api-paste.ini

[api_database]
connection = sqlite:///$dir/nova_api.db

[database]
connection = sqlite:///$dir/nova_cell1.db

[scheduler]
# The compute host is mapped to its cell by the scheduler soon after it starts.
discover_hosts_in_cells_interval = 2

[vnc]
enabled = false

[glance]
# The user's token finds Glance in the catalog; only the public endpoints are real here.
valid_interfaces = public
region_name = RegionOne

[neutron]
# Nova asks Neutron for a server's ports with the user's token, and as itself from the compute service.
$(nova_service_credentials)

[cinder]
os_region_name = RegionOne

[placement]
$(nova_service_credentials)

[oslo_concurrency]
lock_path = $dir/locks

$(keystone_authtoken_section nova)
CONF

  local manage=(nova-manage --config-file "$dir/nova.conf")
  "${manage[@]}" api_db sync
  "${manage[@]}" cell_v2 map_cell0 --database_connection "sqlite:///$dir/nova_cell0.db"
  "${manage[@]}" cell_v2 create_cell --name cell1 --database_connection "sqlite:///$dir/nova_cell1.db" --transport-url fake:/
  "${manage[@]}" db sync
  local db
  for db in nova_api nova_cell0 nova_cell1; do sqlite_wal "$dir/$db.db"; done
  launch nova "$PY" "$here/services/nova_all.py" --config-file "$dir/nova.conf"
  wait_for_http nova "http://$HOST:${PORTS[nova]}/"
}

# Nova's own Keystone user (created by setup.py), for the services it calls as itself; only the
# public endpoints of the catalog are real here.
nova_service_credentials() {
  cat <<CONF
auth_type = password
auth_url = $KEYSTONE_URL
username = nova
password = $(<"$STATE_DIR/secrets/nova")
user_domain_name = Default
project_name = service
project_domain_name = Default
region_name = RegionOne
valid_interfaces = public
CONF
}

nova_catalog() {
  catalog_entry compute nova "http://$HOST:${PORTS[nova]}/v2.1" /servers
}
