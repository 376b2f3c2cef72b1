/**
 * Orders strings by UTF-16 code units, the same in every locale and time zone (`localeCompare` is not): every sorted
 * list in a report uses it, so reports are byte-identical wherever they are made.
 */
export function byString(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
