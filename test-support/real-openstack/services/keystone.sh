# Keystone (identity) on :5000, under uwsgi (a dependency of the keystone package), sqlite in WAL mode.
# shellcheck shell=bash

PACKAGES+=(keystone)
PORTS[keystone]=5000
KEYSTONE_URL=http://$HOST:${PORTS[keystone]}

start_keystone() {
  local dir=$STATE_DIR/keystone
  mkdir -p "$dir/fernet-keys" "$dir/credential-keys"
  chmod 700 "$dir/fernet-keys" "$dir/credential-keys"
  cat >"$dir/keystone.conf" <<CONF
[DEFAULT]
# Without a log_file oslo.log writes to stdout, which uwsgi appends to logs/keystone.log.
debug = false

[database]
connection = sqlite:///$dir/keystone.db

[identity]
# bcrypt's default 12 rounds cost 0.4-0.5 s of CPU per password check here; 4 rounds about 1 ms.
password_hash_rounds = 4

[auth]
methods = external,password,token,oauth1,mapped,application_credential,totp

[fernet_tokens]
key_repository = $dir/fernet-keys

[credential]
key_repository = $dir/credential-keys
# The memory backend hands back the cached dict itself, which decrypting a credential mutates: the
# second read of a credential fails (KeyError 'encrypted_blob', 500). Credentials are not cached.
caching = false

[cache]
# Without a cache one token validation runs hundreds of queries (0.6 s). An in-process cache is
# coherent only because there is one Keystone process: it drops a revoked token at once.
enabled = true
backend = dogpile.cache.memory
CONF

  local manage=(keystone-manage --config-file "$dir/keystone.conf") owner=(--keystone-user "$(id -un)" --keystone-group "$(id -gn)")
  # The key repositories do not touch the database: created while db_sync runs.
  "${manage[@]}" fernet_setup "${owner[@]}" &
  local fernet=$!
  "${manage[@]}" credential_setup "${owner[@]}" &
  local credential=$!
  "${manage[@]}" db_sync
  wait "$fernet"
  wait "$credential"
  sqlite_wal "$dir/keystone.db"
  # The password through the environment, not the command line (which any ps shows).
  OS_BOOTSTRAP_PASSWORD=$(<"$STATE_DIR/secrets/admin") "${manage[@]}" bootstrap \
    --bootstrap-username admin \
    --bootstrap-project-name admin \
    --bootstrap-role-name admin \
    --bootstrap-service-name keystone \
    --bootstrap-region-id RegionOne \
    --bootstrap-public-url "$KEYSTONE_URL/v3" \
    --bootstrap-internal-url "$KEYSTONE_URL/v3" \
    --bootstrap-admin-url "$KEYSTONE_URL/v3"

  # One process, for the in-process cache above; one thread, because under threads sqlite connections
  # Keystone leaves to the garbage collector get closed from the wrong thread (a logged traceback
  # each). Concurrent calls wait in the listen queue. --http-socket closes the connection after each
  # answer; "Connection: close" tells keep-alive clients so.
  launch keystone env OS_KEYSTONE_CONFIG_FILES="$dir/keystone.conf" \
    uwsgi --plugins python3 --wsgi-file /usr/bin/keystone-wsgi-public --need-app \
    --http-socket "$HOST:${PORTS[keystone]}" --master --processes 1 --threads 1 \
    --listen 128 --buffer-size 65535 --die-on-term --no-orphans \
    --add-header 'Connection: close'
  wait_for_http keystone "$KEYSTONE_URL/v3"
}

# The [keystone_authtoken] section of a service that validates tokens with this Keystone, as the
# user <user> (created by setup.py with the admin role on the service project).
keystone_authtoken_section() {
  local user=$1
  cat <<CONF
[keystone_authtoken]
www_authenticate_uri = $KEYSTONE_URL
auth_url = $KEYSTONE_URL
auth_type = password
username = $user
password = $(<"$STATE_DIR/secrets/$user")
user_domain_name = Default
project_name = service
project_domain_name = Default
region_name = RegionOne
# keystonemiddleware's default interface is internal; the public one is the endpoint that is meant to be used here.
interface = public
# Validate every token with Keystone, so a revoked token is refused on its next use, not after a cache period.
token_cache_time = -1
service_token_roles_required = true
CONF
}
