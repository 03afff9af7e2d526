# Cinder (block-storage) on :8776: API, scheduler and volume service in one process (cinder_all.py,
# oslo.messaging's in-memory transport), one backend with Cinder's fake volume driver (volumes are
# database records; nothing is allocated), sqlite in WAL mode.
# shellcheck shell=bash

PACKAGES+=(cinder-api cinder-scheduler cinder-volume)
PORTS[cinder]=8776

start_cinder() {
  local dir=$STATE_DIR/cinder
  mkdir -p "$dir/locks" "$dir/state" "$dir/coordination"
  cat >"$dir/cinder.conf" <<CONF
[DEFAULT]
debug = false
host = stratus-e2e
my_ip = $HOST
state_path = $dir/state
auth_strategy = keystone
api_paste_config = /etc/cinder/api-paste.ini
osapi_volume_listen = $HOST
osapi_volume_listen_port = ${PORTS[cinder]}
osapi_volume_workers = 1
# The services run in one process (cinder_all.py) and talk through this in-memory transport.
transport_url = fake:/
enabled_backends = fake

[fake]
# Cinder's fake driver (its functional tests' backend): it logs instead of allocating storage.
volume_driver = cinder.tests.fake_driver.FakeLoggingVolumeDriver
volume_backend_name = fake

[database]
connection = sqlite:///$dir/cinder.db

[coordination]
backend_url = file://$dir/coordination

[oslo_concurrency]
lock_path = $dir/locks

$(keystone_authtoken_section cinder)
CONF

  cinder-manage --config-file "$dir/cinder.conf" db sync
  sqlite_wal "$dir/cinder.db"
  launch cinder "$PY" "$here/services/cinder_all.py" --config-file "$dir/cinder.conf"
  wait_for_http cinder "http://$HOST:${PORTS[cinder]}/"
}

# The catalog URL names the project, as Cinder's v3 API did before 3.67 and most clouds still do.
cinder_catalog() {
  catalog_entry block-storage cinder "http://$HOST:${PORTS[cinder]}/v3/\$(project_id)s" /volumes
}
