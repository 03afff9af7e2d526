# Placement on :8778, under uwsgi with one process (two race each other syncing standard traits at
# startup) and one thread (under threads, concurrent writers get "database is locked" from sqlite),
# sqlite in WAL mode.
# shellcheck shell=bash

PACKAGES+=(placement-api)
PORTS[placement]=8778

start_placement() {
  local dir=$STATE_DIR/placement
  mkdir -p "$dir"
  cat >"$dir/placement.conf" <<CONF
[DEFAULT]
debug = false

[api]
auth_strategy = keystone

[placement_database]
connection = sqlite:///$dir/placement.db

$(keystone_authtoken_section placement)
CONF

  placement-manage --config-file "$dir/placement.conf" db sync
  sqlite_wal "$dir/placement.db"
  launch placement env OS_PLACEMENT_CONFIG_DIR="$dir" \
    uwsgi --plugins python3 --wsgi-file /usr/bin/placement-api --need-app \
    --http-socket "$HOST:${PORTS[placement]}" --master --processes 1 --threads 1 \
    --listen 128 --buffer-size 65535 --die-on-term --no-orphans \
    --add-header 'Connection: close' # as for Keystone
  wait_for_http placement "http://$HOST:${PORTS[placement]}/"
}

placement_catalog() {
  catalog_entry placement placement "http://$HOST:${PORTS[placement]}" /resource_providers
}
