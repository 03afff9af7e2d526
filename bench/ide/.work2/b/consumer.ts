import { createOvhClient, defineOvhApi } from '@stratus/ovh';
type Op<P, R> = { parameters: { query?: never; header?: never; path: P; cookie?: never }; requestBody?: never; responses: { 200: { headers: { [name: string]: unknown }; content: { 'application/json': R } } } };
interface Ops {
  get: {
    '/me': Op<never, { nichandle: string }>;
    '/cloud/project': Op<never, string[]>;
    '/cloud/project/{serviceName}': Op<{ serviceName: string }, { description?: string | null }>;
    '/dedicated/server': Op<never, string[]>;
    '/dedicated/server/{serviceName}': Op<{ serviceName: string }, { datacenter: string }>;
  };
}
const api = defineOvhApi<Ops>({ name: 'floor', unauthenticated: [] });
const client = createOvhClient({ accessToken: 'token', apis: [api] });
export async function run() {
  const me = await client.get('/me');
  const projects = await client.get('/cloud/project');
  const project = await client.get('/cloud/project/{serviceName}', { serviceName: projects[0]! });
  const servers = await client.get('/dedicated/server');
  const server = await client.get('/dedicated/server/{serviceName}', { serviceName: servers[0]! });
  return [me.nichandle, project.description, server.datacenter];
}
