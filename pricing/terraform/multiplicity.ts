import { describeValue, errors, UnresolvedValue } from "../errors";
import { TerraformResolver } from "./resolver";

/**
 * How many instances a resource block declares: its `count` (a whole number, 0 or more), or the number of keys of its
 * `for_each` (a map, or a set of strings: distinct elements), 1 without either. An UnresolvedValue when the number
 * is known only at plan or apply; a count or for_each that Terraform would reject is bad input naming the resource.
 */
export function multiplicityOf(count: unknown, forEach: unknown, resolver: TerraformResolver, address: string, file: string): number | UnresolvedValue {
  try {
    if (forEach !== undefined) {
      const v = resolver.resolveJson(forEach, `${address}.for_each`);
      if (Array.isArray(v)) return new Set(v.map((x) => JSON.stringify(x))).size;
      if (typeof v === "object" && v !== null) return Object.keys(v).length;
      throw errors.badTerraform(file, `${address}.for_each`, `expected a map or a set of strings, got ${describeValue(v)}`);
    }
    if (count === undefined) return 1;
    const c = typeof count === "string" ? resolver.resolve(count, `${address}.count`) : count;
    const n = typeof c === "string" && /^\s*-?\d+(\.\d+)?\s*$/.test(c) ? Number(c) : c;
    // A known count that is not a whole number (true, "NaN", "0x10", "1e400", 1.5, -1) is bad input, not unknown; one
    // beyond 2^53 − 1 could not be read exactly. -0 is 0.
    if (typeof n !== "number" || !Number.isSafeInteger(n) || n < 0) {
      throw errors.badCount(file, address, typeof count === "string" && count !== c ? `${count} = ${JSON.stringify(c) ?? "nothing"}` : JSON.stringify(count) ?? String(count));
    }
    return n === 0 ? 0 : n;
  } catch (e) {
    if (e instanceof UnresolvedValue) return e;
    throw e;
  }
}
