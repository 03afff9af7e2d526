import { createOvhClient } from '@stratus/ovh';
import { me } from '@stratus/ovh/me';
import { cloud } from '@stratus/ovh/cloud';
import { dedicatedServer } from '@stratus/ovh/dedicated/server';
const client = createOvhClient({ accessToken: 'token', apis: [me, cloud, dedicatedServer] });
export async function run() {
  const me = await client.get('/me');
  const projects = await client.get('/cloud/project');
  const project = await client.get('/cloud/project/{serviceName}', { serviceName: projects[0]! });
  const servers = await client.get('/dedicated/server');
  const server = await client.get('/dedicated/server/{serviceName}', { serviceName: servers[0]! });
  return [me.nichandle, project.description, server.datacenter];
}
