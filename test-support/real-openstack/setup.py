"""Bootstraps the real Keystone through its REST API for the e2e suite, then checks the result.

Usage: setup.py <state dir> <identity v3 URL>

Reads secrets/admin (the password keystone-manage bootstrap gave admin) and run/catalog.jsonl (one
service per line, written by start.sh), creates the users, projects, grants, services and endpoints
the suite needs, and writes env.json, clouds.yaml, openrc-member.sh and openrc-admin.sh into the
state directory. Run by start.sh with the distribution's python3 (openstacksdk is the Debian package).
"""

import json
import os
import secrets
import shlex
import sys
import urllib.error
import urllib.request
from pathlib import Path

import yaml

STATE_DIR = Path(sys.argv[1])
AUTH_URL = sys.argv[2].rstrip('/')
REGION = 'RegionOne'
OTHER_REGION = 'RegionTwo'
# Port 9 (discard) has no listener here: a client that picks a decoy endpoint fails at once.
DECOY_BASE = 'http://127.0.0.1:9'
# Keystone fills this into a catalog URL with the project of the token (Swift's account URL).
PROJECT_TEMPLATE = '$(project_id)s'

DOMAIN_NAME = 'stratus-e2e'
PROJECT_NAME = 'stratus-project'
MEMBER_NAME = 'stratus-member'
DEFAULT_MEMBER_NAME = 'stratus-default-member'
APP_CREDENTIAL_NAME = 'stratus-appcred'
SERVICE_PROJECT_NAME = 'service'


class KeystoneError(Exception):
    pass


def call(method, url, token=None, body=None, expect=(200, 201, 204)):
    """One JSON request; returns (status, headers, parsed body or None)."""
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(url, data=data, method=method)
    request.add_header('Accept', 'application/json')
    if data is not None:
        request.add_header('Content-Type', 'application/json')
    if token is not None:
        request.add_header('X-Auth-Token', token)
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            status, headers, raw = response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        status, headers, raw = error.code, error.headers, error.read()
    if status not in expect:
        # The path and the server's answer, never the request body (it may carry a password).
        raise KeystoneError(f'{method} {url} answered {status}: {raw[:500].decode(errors="replace")}')
    return status, headers, (json.loads(raw) if raw else None)


def issue_token(identity, scope=None):
    auth = {'identity': identity}
    if scope is not None:
        auth['scope'] = scope
    _, headers, body = call('POST', f'{AUTH_URL}/auth/tokens', body={'auth': auth}, expect=(201,))
    return headers['X-Subject-Token'], body['token']


def password_identity(user):
    return {'methods': ['password'], 'password': {'user': user}}


def create(token, collection, key, entity):
    _, _, body = call('POST', f'{AUTH_URL}/{collection}', token, {key: entity}, expect=(201,))
    return body[key]


def for_project(url, project_id):
    """A catalog URL as Keystone gives it to a token of the project."""
    return url.replace(PROJECT_TEMPLATE, project_id)


def grant(token, target, target_id, user_id, role_id):
    call('PUT', f'{AUTH_URL}/{target}/{target_id}/users/{user_id}/roles/{role_id}', token, expect=(204,))


def main():
    admin_password = (STATE_DIR / 'secrets' / 'admin').read_text().strip()
    catalog = [json.loads(line) for line in (STATE_DIR / 'run' / 'catalog.jsonl').read_text().splitlines() if line]

    admin_token, admin_info = issue_token(
        password_identity({'name': 'admin', 'domain': {'name': 'Default'}, 'password': admin_password}),
        {'project': {'name': 'admin', 'domain': {'name': 'Default'}}},
    )
    admin_user_id = admin_info['user']['id']
    admin_project_id = admin_info['project']['id']
    _, _, roles = call('GET', f'{AUTH_URL}/roles', admin_token)
    role_ids = {role['name']: role['id'] for role in roles['roles']}
    # The services' own tokens carry `service`: keystonemiddleware accepts a service token
    # (X-Service-Token, which Nova sends along a user's token) only with it.
    service_role = create(admin_token, 'roles', 'role', {'name': 'service'})

    # Service users and the catalog: each service's public endpoint in RegionOne, plus decoys on
    # another interface and in another region, so endpoint selection is really exercised.
    create(admin_token, 'regions', 'region', {'id': OTHER_REGION, 'description': 'decoy endpoints only'})
    service_project = create(admin_token, 'projects', 'project', {'name': SERVICE_PROJECT_NAME, 'domain_id': 'default'})
    endpoints = {'identity': AUTH_URL}
    decoys = []
    for entry in catalog:
        password = Path(entry['passwordFile']).read_text().strip()
        user = create(admin_token, 'users', 'user', {'name': entry['user'], 'domain_id': 'default', 'password': password})
        grant(admin_token, 'projects', service_project['id'], user['id'], role_ids['admin'])
        grant(admin_token, 'projects', service_project['id'], user['id'], service_role['id'])
        service = create(admin_token, 'services', 'service', {'type': entry['type'], 'name': entry['name'], 'enabled': True})
        create(admin_token, 'endpoints', 'endpoint',
               {'service_id': service['id'], 'interface': 'public', 'region_id': REGION, 'url': entry['url']})
        endpoints[entry['type']] = entry['url']
        for interface, region in (('internal', REGION), ('admin', REGION), ('public', OTHER_REGION)):
            url = f'{DECOY_BASE}/{entry["type"]}-{interface}-{region}'
            create(admin_token, 'endpoints', 'endpoint',
                   {'service_id': service['id'], 'interface': interface, 'region_id': region, 'url': url})
            decoys.append({'service': entry['type'], 'interface': interface, 'region': region, 'url': url})

    # A non-default domain with a project; a member user in it (member on the project and on the
    # domain) and one in Default (member on the same project). Admin also gets admin on the domain.
    domain = create(admin_token, 'domains', 'domain', {'name': DOMAIN_NAME, 'description': 'Stratus e2e suite'})
    project = create(admin_token, 'projects', 'project', {'name': PROJECT_NAME, 'domain_id': domain['id']})
    member_password = secrets.token_urlsafe(18)
    member = create(admin_token, 'users', 'user', {'name': MEMBER_NAME, 'domain_id': domain['id'], 'password': member_password})
    grant(admin_token, 'projects', project['id'], member['id'], role_ids['member'])
    grant(admin_token, 'domains', domain['id'], member['id'], role_ids['member'])
    default_member_password = secrets.token_urlsafe(18)
    default_member = create(admin_token, 'users', 'user',
                            {'name': DEFAULT_MEMBER_NAME, 'domain_id': 'default', 'password': default_member_password})
    grant(admin_token, 'projects', project['id'], default_member['id'], role_ids['member'])
    grant(admin_token, 'domains', domain['id'], admin_user_id, role_ids['admin'])

    # An application credential belongs to the user who creates it, with a token of theirs.
    member_token, _ = issue_token(
        password_identity({'id': member['id'], 'password': member_password}),
        {'project': {'id': project['id']}},
    )
    app_credential = create(member_token, f'users/{member["id"]}/application_credentials', 'application_credential',
                            {'name': APP_CREDENTIAL_NAME, 'description': 'Stratus e2e suite'})
    # The suite's services are used from `project`: a URL that names the project names this one.
    endpoints = {service_type: for_project(url, project['id']) for service_type, url in endpoints.items()}

    env = {
        'authUrl': AUTH_URL,
        'region': REGION,
        'admin': {
            'username': 'admin', 'password': admin_password, 'userDomainName': 'Default',
            'projectName': 'admin', 'projectDomainName': 'Default',
            'userId': admin_user_id, 'projectId': admin_project_id,
        },
        'domain': {'id': domain['id'], 'name': domain['name']},
        'project': {'id': project['id'], 'name': project['name'], 'domainId': domain['id']},
        'member': {
            'id': member['id'], 'name': member['name'], 'password': member_password,
            'domainId': domain['id'], 'domainName': domain['name'],
        },
        'defaultMember': {
            'id': default_member['id'], 'name': default_member['name'], 'password': default_member_password,
            'domainId': 'default', 'domainName': 'Default',
        },
        'applicationCredential': {
            'id': app_credential['id'], 'name': app_credential['name'], 'secret': app_credential['secret'],
            'userId': member['id'],
        },
        'serviceProject': {'id': service_project['id'], 'name': service_project['name']},
        'roles': role_ids,
        'endpoints': endpoints,
        'catalog': {'identity': AUTH_URL, **{entry['type']: entry['url'] for entry in catalog}},
        'decoys': decoys,
        'files': {
            'cloudsYaml': str(STATE_DIR / 'clouds.yaml'),
            'openrcMember': str(STATE_DIR / 'openrc-member.sh'),
            'openrcAdmin': str(STATE_DIR / 'openrc-admin.sh'),
            'logs': str(STATE_DIR / 'logs'),
        },
    }

    check_services(catalog, env)
    write_config_files(env)
    check_clouds_yaml_with_openstacksdk(env, catalog)
    # Written last: its presence is what tells the suite the services are up and bootstrapped.
    write_private(STATE_DIR / 'env.json', json.dumps(env, indent=2) + '\n')


def check_services(catalog, env):
    """Each service accepts a token from Keystone (admin's: Placement's default policy is admin only),
    and the application credential authenticates."""
    admin = env['admin']
    admin_token, _ = issue_token(
        password_identity({'name': admin['username'], 'domain': {'name': admin['userDomainName']},
                           'password': admin['password']}),
        {'project': {'name': admin['projectName'], 'domain': {'name': admin['projectDomainName']}}},
    )
    for entry in catalog:
        call('GET', for_project(entry['url'], admin['projectId']) + entry['probe'], admin_token, expect=(200, 204))
    issue_token({'methods': ['application_credential'], 'application_credential': {
        'id': env['applicationCredential']['id'], 'secret': env['applicationCredential']['secret']}})


def cloud_entry(auth):
    return {'auth': {'auth_url': AUTH_URL, **auth}, 'region_name': REGION, 'interface': 'public',
            'identity_api_version': 3}


def write_config_files(env):
    admin, member = env['admin'], env['member']
    admin_auth = {
        'username': admin['username'], 'password': admin['password'], 'user_domain_name': admin['userDomainName'],
        'project_name': admin['projectName'], 'project_domain_name': admin['projectDomainName'],
    }
    member_auth = {
        'username': member['name'], 'password': member['password'], 'user_domain_name': member['domainName'],
        'project_name': env['project']['name'], 'project_domain_name': member['domainName'],
    }
    app_credential_cloud = cloud_entry({
        'application_credential_id': env['applicationCredential']['id'],
        'application_credential_secret': env['applicationCredential']['secret'],
    })
    clouds = {'clouds': {
        'stratus-admin': cloud_entry(admin_auth),
        'stratus-member': cloud_entry(member_auth),
        'stratus-appcred': {'auth_type': 'v3applicationcredential', **app_credential_cloud},
    }}
    write_private(STATE_DIR / 'clouds.yaml', yaml.safe_dump(clouds, sort_keys=False))
    for name, auth in (('member', member_auth), ('admin', admin_auth)):
        variables = {'OS_AUTH_URL': AUTH_URL, 'OS_IDENTITY_API_VERSION': '3', 'OS_REGION_NAME': REGION,
                     'OS_INTERFACE': 'public', **{f'OS_{key.upper()}': value for key, value in auth.items()}}
        lines = [f'export {key}={shlex.quote(value)}' for key, value in variables.items()]
        write_private(STATE_DIR / f'openrc-{name}.sh', '\n'.join(lines) + '\n')


def check_clouds_yaml_with_openstacksdk(env, catalog):
    """openstacksdk, the reference client, picks the real endpoints from clouds.yaml despite the decoys."""
    os.environ['OS_CLIENT_CONFIG_FILE'] = str(STATE_DIR / 'clouds.yaml')
    import openstack  # noqa: E402 (reads OS_CLIENT_CONFIG_FILE on first use)

    catalog_urls = {entry['type']: entry['url'] for entry in catalog}
    for cloud in ('stratus-admin', 'stratus-member', 'stratus-appcred'):
        connection = openstack.connect(cloud=cloud)
        for service_type in env['endpoints']:
            url = connection.endpoint_for(service_type)
            expected = for_project(catalog_urls.get(service_type, env['endpoints'][service_type]), connection.current_project_id)
            if url.rstrip('/') != expected.rstrip('/'):
                raise KeystoneError(f'openstacksdk chose {url} for {service_type} in {cloud}')
        if 'image' in env['endpoints']:
            list(connection.image.images())
        connection.close()


def write_private(path, text):
    path.write_text(text)
    path.chmod(0o600)


if __name__ == '__main__':
    try:
        main()
    except KeystoneError as error:
        print(f'setup.py: {error}', file=sys.stderr)
        sys.exit(1)
