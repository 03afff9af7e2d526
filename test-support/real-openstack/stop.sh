#!/usr/bin/env bash
# Stops the services start.sh started (the process groups in run/*.pid) and removes env.json, so the
# suite sees them as not running. Logs stay in logs/.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=lib.sh
source "$here/lib.sh"

take_lock
rm -f "$STATE_DIR/env.json"
stop_all
