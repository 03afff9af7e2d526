// Every OpenvCloud call is a POST, so the HTTP method cannot tell a read from a write; the actor
// method's name can. In the cloudapi and cloudbroker specs, `get`, `list` and the methods named
// `get…`, `list…` and `is…` only read, so they are as safe to repeat as a GET.
const READ_METHOD = /^(?:get|list)(?:[A-Z]|$)|^is[A-Z]/;

/** True when the actor method at the end of `path` (`/cloudapi/machines/list`) only reads. */
export function isReadMethod(path: string): boolean {
  return READ_METHOD.test(path.slice(path.lastIndexOf('/') + 1));
}
