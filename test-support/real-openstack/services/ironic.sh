# Ironic (baremetal) on :6385: API and conductor in one process (`ironic`, rpc_transport = none),
# the fake-hardware type with every fake interface, no networking, sqlite in WAL mode.
# shellcheck shell=bash

PACKAGES+=(ironic-api ironic-conductor)
PORTS[ironic]=6385

start_ironic() {
  local dir=$STATE_DIR/ironic
  mkdir -p "$dir/locks" "$dir/state"
  cat >"$dir/ironic.conf" <<CONF
[DEFAULT]
debug = false
host = stratus-e2e-conductor
state_path = $dir/state
auth_strategy = keystone
# The conductor runs inside the API process and is called directly: no message bus.
rpc_transport = none
# Fake hardware only: every action succeeds at once without touching a machine.
enabled_hardware_types = fake-hardware
enabled_bios_interfaces = fake,no-bios
enabled_boot_interfaces = fake
enabled_console_interfaces = fake,no-console
enabled_deploy_interfaces = fake
enabled_inspect_interfaces = fake,no-inspect
enabled_management_interfaces = fake
enabled_power_interfaces = fake
enabled_raid_interfaces = fake,no-raid
enabled_rescue_interfaces = fake,no-rescue
enabled_storage_interfaces = fake,noop
enabled_vendor_interfaces = fake,no-vendor
# No Neutron behind it: ports are records only.
enabled_network_interfaces = noop
default_network_interface = noop

[api]
host_ip = $HOST
port = ${PORTS[ironic]}
api_workers = 1

[conductor]
# Nodes reach "available" without a cleaning step (fake hardware has nothing to clean).
automated_clean = false

[dhcp]
dhcp_provider = none

[database]
connection = sqlite:///$dir/ironic.db

[oslo_concurrency]
lock_path = $dir/locks

$(keystone_authtoken_section ironic)
CONF

  ironic-dbsync --config-file "$dir/ironic.conf" create_schema
  sqlite_wal "$dir/ironic.db"
  launch ironic ironic --config-file "$dir/ironic.conf"
  wait_for_http ironic "http://$HOST:${PORTS[ironic]}/"
}

ironic_catalog() {
  catalog_entry baremetal ironic "http://$HOST:${PORTS[ironic]}" /v1/nodes
}
