let counter = 0;

/** A fresh `X-Ovh-QueryID` in OVH's format (`EU.ext-3.6650b2d4.1234.…`), unique within the process. */
export function nextQueryId(): string {
  counter += 1;
  return `EU.ext-msw.${Date.now().toString(16)}.${counter}`;
}
