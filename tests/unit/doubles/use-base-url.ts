// Test double for @docusaurus/useBaseUrl: prefixes the base URL the test sets (default '/').
let baseUrl = '/';

/** Set the site's base URL for the components under test, e.g. '/handbook/'. */
export function setTestBaseUrl(url: string): void {
  baseUrl = url;
}

export default function useBaseUrl(url: string): string {
  if (!url.startsWith('/') || url.startsWith(baseUrl)) return url;
  return baseUrl + url.slice(1);
}
