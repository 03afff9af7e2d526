/** Version of @stratus/core. Kept as a literal (no JSON import) so it works in every runtime; a test pins it to package.json. */
export const STRATUS_VERSION = '0.1.0';
