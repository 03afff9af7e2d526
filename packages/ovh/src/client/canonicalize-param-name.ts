// Reserved words of Python (python-ovh's keyword.kwlist) and JavaScript: parameters such as `from`
// could not be written as Python keyword arguments, so python-ovh accepts `_from`. Same here.
const KEYWORDS = new Set([
  // Python
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del', 'elif',
  'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or',
  'pass', 'raise', 'return', 'try', 'while', 'with', 'yield',
  // JavaScript
  'case', 'catch', 'const', 'debugger', 'default', 'delete', 'do', 'enum', 'export', 'extends', 'false', 'function',
  'implements', 'instanceof', 'interface', 'let', 'new', 'null', 'package', 'private', 'protected', 'public', 'static',
  'super', 'switch', 'this', 'throw', 'true', 'typeof', 'var', 'void',
]);

/** `_from` → `from` (a leading underscore before a reserved word is dropped); anything else unchanged. */
export function canonicalizeParamName(name: string): string {
  return name.startsWith('_') && KEYWORDS.has(name.slice(1)) ? name.slice(1) : name;
}
