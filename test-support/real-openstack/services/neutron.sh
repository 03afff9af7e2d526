# Neutron (network) on :9696: the API alone (neutron-api under uwsgi, one process; no RPC server, as
# no agent would call it), ML2 with no mechanism driver (ports stay DOWN), the L3 router plugin,
# oslo.messaging's in-memory transport for the notifications the API casts, sqlite in WAL mode.
# shellcheck shell=bash

PACKAGES+=(neutron-server)
PORTS[neutron]=9696

start_neutron() {
  local dir=$STATE_DIR/neutron
  mkdir -p "$dir/locks" "$dir/state"
  cat >"$dir/neutron.conf" <<CONF
[DEFAULT]
debug = false
state_path = $dir/state
api_paste_config = /etc/neutron/api-paste.ini
auth_strategy = keystone
core_plugin = ml2
service_plugins = router
# oslo.messaging's in-memory driver: no message bus to run.
transport_url = fake:/
# No DHCP agent and no Nova to tell about ports.
dhcp_agent_notification = false
notify_nova_on_port_status_changes = false
notify_nova_on_port_data_changes = false

[database]
connection = sqlite:///$dir/neutron.db

[ml2]
type_drivers = flat,vlan,vxlan
tenant_network_types = vxlan
# None: no agent binds ports, so they stay DOWN, which the API allows.
mechanism_drivers =
extension_drivers = port_security

[ml2_type_flat]
flat_networks = *

[ml2_type_vlan]
network_vlan_ranges = physnet1:100:199

[ml2_type_vxlan]
vni_ranges = 1:1000

[oslo_concurrency]
lock_path = $dir/locks

$(keystone_authtoken_section neutron)
CONF

  # neutron-db-manage upgrade cannot run on sqlite (its migrations ALTER constraints): the schema
  # comes from the models, as Neutron's own unit tests make it, and is then stamped as current.
  "$PY" - "sqlite:///$dir/neutron.db" <<'PYEOF'
import sys
import sqlalchemy
from neutron.db.migration.models import head
head.get_metadata().create_all(sqlalchemy.create_engine(sys.argv[1]))
PYEOF
  neutron-db-manage --config-file "$dir/neutron.conf" stamp heads
  sqlite_wal "$dir/neutron.db"
  # One process, one thread, as for Keystone. --lazy-apps loads Neutron in the worker only: without it
  # the master holds a second copy (about 160 MB more).
  launch neutron uwsgi --plugins python3 --wsgi-file /usr/bin/neutron-api --need-app \
    --pyargv "--config-file $dir/neutron.conf" \
    --http-socket "$HOST:${PORTS[neutron]}" --master --lazy-apps --processes 1 --threads 1 \
    --listen 128 --buffer-size 65535 --die-on-term --no-orphans \
    --add-header 'Connection: close'
  wait_for_http neutron "http://$HOST:${PORTS[neutron]}/"
}

neutron_catalog() {
  catalog_entry network neutron "http://$HOST:${PORTS[neutron]}" /v2.0/networks
}
