import { applyPrefixRule } from './apply-prefix-rule.js';

/**
 * For clients that simply append paths to the base URL (openapi-fetch): turns
 * `https://eu.api.ovh.com/1.0/v2/iam/policy` into `https://eu.api.ovh.com/v2/iam/policy`.
 * URLs outside the base are returned unchanged.
 */
export function rewriteVersionedUrl(baseUrl: string, url: string): string {
  if (!url.startsWith(`${baseUrl}/`)) return url;
  return applyPrefixRule(baseUrl, url.slice(baseUrl.length));
}
