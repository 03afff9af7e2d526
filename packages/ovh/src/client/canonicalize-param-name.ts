// Python's reserved words (keyword.kwlist, the same from Python 3.7 to 3.13): parameters such as
// `from` cannot be Python keyword arguments, so python-ovh accepts `_from` for them. Only these;
// JavaScript accepts `from`, `default`, `new`… as property names, so `{ from }` works as well.
const PYTHON_KEYWORDS = new Set([
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del', 'elif',
  'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or',
  'pass', 'raise', 'return', 'try', 'while', 'with', 'yield',
]);

/** python-ovh's `_canonicalize_kwargs`: `_from` → `from` (underscore + Python keyword); anything else, `_default` included, unchanged. */
export function canonicalizeParamName(name: string): string {
  return name.startsWith('_') && PYTHON_KEYWORDS.has(name.slice(1)) ? name.slice(1) : name;
}
