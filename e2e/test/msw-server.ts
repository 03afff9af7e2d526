import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { VERSION_DOCUMENTS } from './version-documents.js';

/** One msw server per test file; an unhandled request fails the test instead of leaking out. Version documents are always served (unpinned clients read them). */
export function useMswServer() {
  const server = setupServer(...VERSION_DOCUMENTS);
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
  return server;
}
