export type JsonSchema = Record<string, unknown>;

/**
 * OVH primitive type names → JSON Schema. Formats follow OVH's own OpenAPI 3 rendering where it
 * has one (`ip-block`, `mac-address`, `phone-number`); the others name the OVH kind.
 * `any` (v2) is the empty schema; `void` is only valid as an operation's `responseType` and is
 * handled there. `T` and other type variables only exist inside generic model definitions.
 */
const PRIMITIVES: Readonly<Record<string, Readonly<JsonSchema>>> = {
  string: { type: 'string' },
  text: { type: 'string' },
  password: { type: 'string', format: 'password' },
  long: { type: 'integer', format: 'int64' },
  double: { type: 'number' },
  boolean: { type: 'boolean' },
  date: { type: 'string', format: 'date' },
  datetime: { type: 'string', format: 'date-time' },
  time: { type: 'string', format: 'time' },
  duration: { type: 'string', format: 'duration' },
  uuid: { type: 'string', format: 'uuid' },
  ip: { type: 'string', format: 'ip' },
  ipv4: { type: 'string', format: 'ipv4' },
  ipv6: { type: 'string', format: 'ipv6' },
  ipBlock: { type: 'string', format: 'ip-block' },
  ipv4Block: { type: 'string', format: 'ipv4-block' },
  ipv6Block: { type: 'string', format: 'ipv6-block' },
  ipInterface: { type: 'string', format: 'ip-interface' },
  macAddress: { type: 'string', format: 'mac-address' },
  phoneNumber: { type: 'string', format: 'phone-number' },
  internationalPhoneNumber: { type: 'string', format: 'international-phone-number' },
  any: {},
};

export const OVH_PRIMITIVE_NAMES: readonly string[] = Object.keys(PRIMITIVES);

export function isOvhPrimitive(name: string): boolean {
  return Object.hasOwn(PRIMITIVES, name);
}

/** A fresh copy of the primitive's schema (callers add keywords to it), or undefined. */
export function primitiveSchema(name: string): JsonSchema | undefined {
  const schema = Object.hasOwn(PRIMITIVES, name) ? PRIMITIVES[name] : undefined;
  return schema === undefined ? undefined : { ...schema };
}
