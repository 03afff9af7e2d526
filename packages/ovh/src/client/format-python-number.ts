/**
 * A JavaScript number as Python writes it, in a query string (`str()`) and in a JSON body
 * (`json.dumps`). JavaScript cannot tell `1.0` from `1`, so a whole number is written as Python
 * writes an int: every digit (`1e21` → `1000000000000000000000`, where JavaScript says `1e+21`).
 * Any other number is written as Python writes a float: the same shortest digits as JavaScript, but
 * in exponent form below 1e-4 with a two-digit exponent (`0.00005` → `5e-05`, `1.5e-7` → `1.5e-07`).
 * NaN and the infinities are the caller's to refuse.
 */
export function formatPythonNumber(value: number): string {
  if (Number.isInteger(value)) return Number.isSafeInteger(value) ? String(value) : BigInt(value).toString();
  // Non-integers are below 2^53, where both languages use plain digits down to 1e-4.
  if (Math.abs(value) >= 1e-4) return String(value);
  const [mantissa, exponent] = value.toExponential().split('e') as [string, string];
  const power = Number(exponent);
  return `${mantissa}e${power < 0 ? '-' : '+'}${String(Math.abs(power)).padStart(2, '0')}`;
}
