/**
 * The value a lookup table holds under a key from the input, or undefined: never one of Object.prototype's (a media,
 * class or location named "constructor" or "__proto__" is simply unknown).
 */
export function ownValue<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;
}

/** A JSON object: not null, not an array. */
export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
