"""Runs Nova's compute API, conductor, scheduler and one compute service in a single process.

Usage: nova_all.py --config-file <nova.conf>

As for Cinder (cinder_all.py): in one process the services talk through oslo.messaging's in-memory
transport (`transport_url = fake:/`), as in Nova's own functional tests, so no broker has to run. The
compute service uses the configured virt driver (the fake one here) and reaches the database
directly, as it does in those tests, rather than through the conductor.

The API starts at once. The conductor, scheduler and compute service need Nova's Keystone user for
Placement, which start.sh's setup.py creates only once every service answers: they start as soon as
those credentials authenticate.
"""

import nova.monkey_patch  # noqa: F401  (eventlet, before anything else is imported)

import os  # noqa: E402
import sys  # noqa: E402

import eventlet  # noqa: E402
from keystoneauth1 import exceptions as ks_exceptions  # noqa: E402
from keystoneauth1 import loading as ks_loading  # noqa: E402
from oslo_log import log as logging  # noqa: E402
from oslo_service import service as oslo_service  # noqa: E402

from nova.compute import rpcapi as compute_rpcapi  # noqa: E402
from nova.conductor import rpcapi as conductor_rpcapi  # noqa: E402
import nova.conf  # noqa: E402
from nova import config  # noqa: E402
from nova import objects  # noqa: E402
from nova.scheduler import rpcapi as scheduler_rpcapi  # noqa: E402
from nova import service  # noqa: E402

CONF = nova.conf.CONF
LOG = logging.getLogger('nova_all')
CREDENTIALS_TIMEOUT = 600


def wait_for_placement_credentials():
    """Returns once Nova's Placement credentials get a token; exits after CREDENTIALS_TIMEOUT seconds."""
    auth = ks_loading.load_auth_from_conf_options(CONF, 'placement')
    session = ks_loading.load_session_from_conf_options(CONF, 'placement', auth=auth)
    for _ in range(CREDENTIALS_TIMEOUT):
        try:
            session.get_token()
            return
        except (ks_exceptions.Unauthorized, ks_exceptions.ConnectFailure):
            auth.invalidate()
            eventlet.sleep(1)
    LOG.error('Nova\'s Placement credentials did not authenticate within %d s', CREDENTIALS_TIMEOUT)
    # From a green thread sys.exit would end only that thread.
    os._exit(1)


def launch_backend_services(launcher):
    wait_for_placement_credentials()
    launcher.launch_service(service.Service.create(binary='nova-conductor', topic=conductor_rpcapi.RPC_TOPIC))
    launcher.launch_service(service.Service.create(binary='nova-scheduler', topic=scheduler_rpcapi.RPC_TOPIC))
    launcher.launch_service(service.Service.create(binary='nova-compute', topic=compute_rpcapi.RPC_TOPIC))
    LOG.info('conductor, scheduler and compute services launched')


def main():
    config.parse_args(sys.argv)
    logging.setup(CONF, 'nova')
    objects.register_all()

    # One launcher in this process: its services share the in-memory transport.
    launcher = oslo_service.ServiceLauncher(CONF, restart_method='mutate')
    launcher.launch_service(service.WSGIService('osapi_compute'))
    eventlet.spawn(launch_backend_services, launcher)
    launcher.wait()


if __name__ == '__main__':
    main()
