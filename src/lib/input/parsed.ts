// The mark of a value that passed its boundary parser: inner functions take Parsed<T>, so TypeScript rejects one that skipped it.
declare const parsedBrand: unique symbol;

/** A value checked once at its boundary (URL, form, worker message, data file) and trusted inward. */
export type Parsed<T> = T & { readonly [parsedBrand]: true };

/**
 * Marks a checked value. Only parsers call it on what they have checked, and functions that derive
 * one parsed value from another (a scenario's per-device input) on what they derive.
 */
export function markParsed<T>(value: T): Parsed<T> {
  return value as Parsed<T>;
}
