import { AuthenticationError, createOpenStackClient, UnauthorizedError } from '@stratus/openstack';
import { expectEqual, expectFailure } from './check.js';

/** Error cases every runtime must report the same way: wrong credentials fail createOpenStackClient() typed. */
export async function errorsConsumer(base: string): Promise<string> {
  const password = 'wrong-password-7f3a';
  const attempt = createOpenStackClient({ authUrl: `${base}/keystone/v3`, username: 'demo', password, projectName: 'demo', userDomainName: 'Default', projectDomainName: 'Default', services: {} });
  await expectFailure(() => attempt, UnauthorizedError, /401/, 'createOpenStackClient() with a wrong password');
  // The catch-all every provider's rejected credentials share, whatever class the provider raises.
  await expectFailure(() => attempt, AuthenticationError, /401/, 'createOpenStackClient() with a wrong password, as an AuthenticationError');
  const error: unknown = await attempt.catch((reason: unknown) => reason);
  expectEqual(JSON.stringify(error).includes(password) || String(error).includes(password), false, 'the password in the error');
  return 'errors: wrong password → UnauthorizedError, an AuthenticationError (password not in the message)';
}
