// Hand-written customization of @stratus/openstack-iot, copied verbatim by the generator.

// Registry-wide symbol holding an error's iotronicclient class names, own first
// (`['NotFound', 'HTTPClientError', 'HttpError', 'ClientException']`). It lets `instanceof HttpError`
// work on classes that extend core's status classes (NotFound extends core NotFoundError).
const IOTRONIC_KINDS = Symbol.for('@stratus/openstack-iot.errorKinds');

/** Brands an error with its iotronicclient class and ancestors. */
export function brandIotronicError(target: object, kinds: readonly string[]): void {
  Object.defineProperty(target, IOTRONIC_KINDS, { value: Object.freeze([...kinds]), enumerable: false });
}

/** The iotronicclient classes an error was branded with (empty for anything else). */
export function iotronicKinds(value: unknown): readonly string[] {
  if (typeof value !== 'object' || value === null) return [];
  const kinds = (value as Record<symbol, unknown>)[IOTRONIC_KINDS];
  return Array.isArray(kinds) ? (kinds as string[]) : [];
}
