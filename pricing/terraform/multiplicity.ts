import { describeValue, errors, UnevaluableValue, UnresolvedValue } from "../errors";
import { TerraformResolver } from "./resolver";
import { decimalText } from "../money";
import { ExpressionError, firstUnknown, isNumber, isObjectValue, isUnknown, toJson, Value } from "./values";

/**
 * How many instances a resource block declares: its `count` (a whole number, 0 or more), or the number of keys of its
 * `for_each` (a map, or a set of strings: distinct elements), 1 without either. An UnresolvedValue when the number
 * is known only at plan or apply; a count or for_each that Terraform would reject is bad input naming the resource.
 */
export function multiplicityOf(count: unknown, forEach: unknown, resolver: TerraformResolver, address: string, file: string): number | UnresolvedValue {
  try {
    if (forEach !== undefined) return forEachEntries(forEach, resolver, address, file).length;
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

/**
 * The instances of a `for_each`, as Terraform keys them, in key order: a map's keys with their values, or a set's
 * strings (each its own value). Only the keys must be known, as in Terraform: a map whose values hold what is known
 * after apply (`subnet_ids = module.vpc.private_subnets`) still has its instances, with those values unknown. Throws
 * UnresolvedValue when the keys are not known, and bad input naming the block when it is not a map or set.
 */
export function forEachEntries(forEach: unknown, resolver: TerraformResolver, address: string, file: string): [string, Value][] {
  const path = `${address}.for_each`;
  const written = typeof forEach === "string" ? forEach : JSON.stringify(forEach) ?? "";
  const v = resolver.evaluateJson(forEach);
  if (v instanceof ExpressionError) throw new UnevaluableValue(path, written, v.message);
  if (isUnknown(v)) throw new UnresolvedValue(path, written, v.why);
  let entries: [string, Value][];
  if (isObjectValue(v)) entries = [...v];
  else if (Array.isArray(v)) {
    const u = firstUnknown(v);
    if (u) throw new UnresolvedValue(path, written, u.why);
    entries = (v as readonly Value[]).map((x) => {
      // A number or bool element is keyed by its text (as costkit read such sets before; Terraform asks for strings).
      const key = typeof x === "string" ? x : isNumber(x) ? decimalText(x) : typeof x === "boolean" ? String(x) : undefined;
      if (key === undefined) throw errors.badTerraform(file, path, `expected a map or a set of strings, got a set holding ${describeValue(toJson(x))}`);
      return [key, x];
    });
  } else throw errors.badTerraform(file, path, `expected a map or a set of strings, got ${describeValue(toJson(v))}`);
  const unique = new Map(entries);
  return [...unique].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}
