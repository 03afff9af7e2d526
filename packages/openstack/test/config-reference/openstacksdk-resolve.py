"""Resolves cases with openstacksdk's own loader, for config-differential.test.ts.

Reads {"cases": [{"id", "cwd", "env", "cloud", "region_name"}]} on stdin and writes one result per case
as JSON on stdout: the resolved auth type, auth dict, region, interface, TLS arguments, per-service
settings, and the Keystone token request keystoneauth's plugin makes (discovery and token calls are
answered in process; nothing leaves the machine).
"""
import importlib
import json
import os
import re
import sys
import warnings

import requests
from keystoneauth1 import session as ks_session
from requests.structures import CaseInsensitiveDict

import openstack.config.loader

# Stratus service name -> official service type.
SERVICES = {
    'compute': 'compute', 'identity': 'identity', 'image': 'image', 'network': 'network',
    'blockStorage': 'block-storage', 'objectStore': 'object-store', 'placement': 'placement',
    'loadBalancer': 'load-balancer', 'dns': 'dns', 'sharedFileSystem': 'shared-file-system',
    'containerInfra': 'container-infrastructure-management', 'baremetal': 'baremetal', 'iot': 'iot',
}


class FakeKeystone(requests.adapters.BaseAdapter):
    """Answers version discovery like Keystone does and records token requests."""

    def __init__(self):
        super().__init__()
        self.token_requests = []

    def send(self, request, **kwargs):
        response = requests.models.Response()
        response.request = request
        response.url = request.url
        response.encoding = 'utf-8'
        base = request.url.split('?')[0].rstrip('/')
        if request.method == 'GET':
            # A versioned URL describes itself; the root lists v3 under it.
            versioned = re.search(r'/v(3|2\.0)$', base)
            link = base + '/' if versioned else base + '/v3/'
            version_id = 'v2.0' if base.endswith('/v2.0') else 'v3.14'
            version = {'id': version_id, 'status': 'stable', 'updated': '2020-04-07T00:00:00Z',
                       'links': [{'rel': 'self', 'href': link}],
                       'media-types': [{'base': 'application/json',
                                        'type': 'application/vnd.openstack.identity-v3+json'}]}
            document = {'version': version} if versioned else {'versions': {'values': [version]}}
            response.status_code = 200
            response.headers = CaseInsensitiveDict({'Content-Type': 'application/json'})
        else:
            self.token_requests.append({'url': request.url, 'body': json.loads(request.body)})
            document = {'token': {'methods': ['password'], 'expires_at': '2099-01-01T00:00:00.000000Z',
                                  'issued_at': '2024-01-01T00:00:00.000000Z', 'catalog': [],
                                  'user': {'id': 'u', 'name': 'u', 'domain': {'id': 'default', 'name': 'Default'}}}}
            response.status_code = 201
            response.headers = CaseInsensitiveDict({'Content-Type': 'application/json', 'X-Subject-Token': 'fake-token'})
        response._content = json.dumps(document).encode('utf-8')
        return response

    def close(self):
        pass


def error_of(exception):
    return {'type': type(exception).__name__, 'message': str(exception)}


def token_request(region):
    plugin = region.get_auth()
    if plugin is None or region.config.get('auth_type') in ('none', 'admin_token'):
        return None
    session = ks_session.Session(auth=plugin, verify=False)
    fake = FakeKeystone()
    session.session.mount('http://', fake)
    session.session.mount('https://', fake)
    try:
        plugin.get_auth_ref(session)
    except Exception as exception:  # noqa: BLE001 - reported, compared by the test
        # A request made before the failure (a v2.0 answer the fake cannot give) is still reported.
        return {**(fake.token_requests[-1] if fake.token_requests else {}), 'error': error_of(exception)}
    return fake.token_requests[-1] if fake.token_requests else None


def resolve(case):
    os.environ.clear()
    os.environ.update(case['env'])
    os.chdir(case['cwd'])
    # The search path (cwd, ~/.config/openstack…) is computed when the module is imported.
    loader = importlib.reload(openstack.config.loader)
    try:
        region = loader.OpenStackConfig().get_one(cloud=case.get('cloud'), region_name=case.get('region_name'))
    except Exception as exception:  # noqa: BLE001
        return {'error': error_of(exception)}
    verify, cert = region.get_requests_verify_args()
    services = {}
    for name, service_type in SERVICES.items():
        settings = {
            'endpoint_override': region._get_config('endpoint_override', service_type)
            or region._get_config('endpoint', service_type),
            'api_version': region.get_api_version(service_type),
            'interface': region.get_interface(service_type),
            'region_name': region.get_region_name(service_type),
        }
        services[name] = {key: value for key, value in settings.items() if value not in (None, '')}
    return {
        'cloud': region.name,
        'auth_type': region.config.get('auth_type'),
        'auth': region.config.get('auth'),
        'region_name': region.config.get('region_name'),
        'interface': region.config.get('interface'),
        'verify': verify,
        'cert': list(cert) if isinstance(cert, tuple) else cert,
        'services': services,
        'token_request': token_request(region),
    }


def main():
    warnings.simplefilter('ignore')
    cases = json.load(sys.stdin)['cases']
    results = {case['id']: resolve(case) for case in cases}
    json.dump(results, sys.stdout, default=str)


if __name__ == '__main__':
    main()
