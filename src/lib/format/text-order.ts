// Ordering text without String.localeCompare, whose first call loads ICU's collation data.

/** Text order ignoring case, then by code unit: 0 only for identical strings. */
export function compareText(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x !== y) return x < y ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
