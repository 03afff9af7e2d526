import { createOpenStackClient, UnauthorizedError } from '@stratus/openstack';
import { expectEqual, expectFailure } from './check.js';

/** Error cases every runtime must report the same way: wrong credentials fail createOpenStackClient() typed. */
export async function errorsConsumer(base: string): Promise<string> {
  const password = 'wrong-password-7f3a';
  const attempt = createOpenStackClient({ authUrl: `${base}/keystone/v3`, username: 'demo', password, projectName: 'demo', userDomainName: 'Default', projectDomainName: 'Default', services: {} });
  await expectFailure(() => attempt, UnauthorizedError, /401/, 'createOpenStackClient() with a wrong password');
  const error: unknown = await attempt.catch((reason: unknown) => reason);
  expectEqual(JSON.stringify(error).includes(password) || String(error).includes(password), false, 'the password in the error');
  return 'errors: wrong password → UnauthorizedError (password not in the message)';
}
