"""Runs Cinder's API, scheduler and one volume service in a single process, for the e2e suite.

Usage: cinder_all.py --config-file <cinder.conf>

Cinder ships one command per service, and they talk over a message bus. In one process they can use
oslo.messaging's in-memory transport (`transport_url = fake:/`) instead, so no broker has to run;
Cinder's own functional tests run their services the same way. Each backend in `enabled_backends`
gets its volume service, as `cinder-volume` would start it.
"""

import eventlet

eventlet.monkey_patch()

import sys  # noqa: E402

from oslo_config import cfg  # noqa: E402
from oslo_log import log as logging  # noqa: E402
from oslo_service import service as oslo_service  # noqa: E402

from cinder import i18n  # noqa: E402,F401
from cinder.common import config  # noqa: E402
from cinder import coordination  # noqa: E402
from cinder import objects  # noqa: E402
from cinder import rpc  # noqa: E402
from cinder import service  # noqa: E402
from cinder import version  # noqa: E402

CONF = cfg.CONF


def main():
    objects.register_all()
    CONF(sys.argv[1:], project='cinder', version=version.version_string())
    config.set_middleware_defaults()
    logging.setup(CONF, 'cinder')
    coordination.COORDINATOR.start()
    rpc.init(CONF)

    # One launcher in this process: its services share the in-memory transport.
    launcher = oslo_service.ServiceLauncher(CONF, restart_method='mutate')
    launcher.launch_service(service.Service.create(binary='cinder-scheduler'))
    for backend in filter(None, CONF.enabled_backends):
        launcher.launch_service(service.Service.create(
            host=f'{CONF.host}@{backend}', service_name=backend, binary='cinder-volume', coordination=True))
    launcher.launch_service(service.WSGIService('osapi_volume'))
    launcher.wait()


if __name__ == '__main__':
    main()
