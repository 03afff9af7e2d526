# Glance (image) on :9292: its own eventlet server (glance-api), sqlite in WAL mode, a file store.
# shellcheck shell=bash

PACKAGES+=(glance-api)
PORTS[glance]=9292

start_glance() {
  local dir=$STATE_DIR/glance
  mkdir -p "$dir/images" "$dir/staging" "$dir/tasks" "$dir/locks"
  cat >"$dir/glance-api.conf" <<CONF
[DEFAULT]
bind_host = $HOST
bind_port = ${PORTS[glance]}
# 0: serve from the launched process itself, no forked workers.
workers = 0
debug = false
enabled_backends = file:file

[database]
connection = sqlite:///$dir/glance.db

[glance_store]
default_backend = file

[file]
filesystem_store_datadir = $dir/images

[os_glance_staging_store]
filesystem_store_datadir = $dir/staging

[os_glance_tasks_store]
filesystem_store_datadir = $dir/tasks

[oslo_concurrency]
lock_path = $dir/locks

[paste_deploy]
flavor = keystone
config_file = /etc/glance/glance-api-paste.ini

$(keystone_authtoken_section glance)
CONF

  glance-manage --config-file "$dir/glance-api.conf" db_sync
  sqlite_wal "$dir/glance.db"
  launch glance glance-api --config-file "$dir/glance-api.conf"
  wait_for_http glance "http://$HOST:${PORTS[glance]}/versions"
}

glance_catalog() {
  catalog_entry image glance "http://$HOST:${PORTS[glance]}" /v2/images
}
