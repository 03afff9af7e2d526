import { createOvhClient } from '@stratus/ovh';
import { cloud } from '@stratus/ovh/cloud';
const client = createOvhClient({ accessToken: 'token', apis: [cloud] });
export async function run() {
  client.get('/cloud/project/{serviceName}', { serviceName: 'x' });
}
