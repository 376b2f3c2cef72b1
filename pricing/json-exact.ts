import Decimal from "decimal.js";

/** Deepest nesting of objects and lists costkit reads (Terraform JSON, plans, usage, budgets, books, reports). */
export const MAX_NESTING = 1000;
/** Longest object key (a resource type or name, an attribute, a tag key), in characters. */
export const MAX_KEY_LENGTH = 10_000;
/** Largest decimal exponent of a number in the input (`1e1000`): beyond it a number is bad input, not a value. */
const MAX_EXPONENT = 1000;
/** Up to this many significant digits, a decimal literal read as a double converts back to the same decimal. */
const EXACT_DIGITS = 15;

/** A JSON text that cannot be read, with the offset of the problem. */
export class JsonProblem extends Error {
  constructor(readonly detail: string, readonly offset: number, readonly kind: "syntax" | "duplicate" | "limit" = "syntax") {
    super(detail);
    this.name = "JsonProblem";
  }
}

/**
 * JSON.parse with what it lets pass caught, in one linear pass over the text:
 * - a key given twice in one object (JSON.parse keeps the last silently) is a problem naming the key;
 * - nesting deeper than MAX_NESTING and keys longer than MAX_KEY_LENGTH are problems (stated limits, not a crash);
 * - numbers are exact: a literal that a double holds exactly as written (up to 15 significant digits, or any that
 *   converts back to the same decimal) is a number, as JSON.parse gives it; any other (`9007199254740993`,
 *   `5912.3404644775390625`, `1e400`) is its exact decimal text as a string, which every reader of amounts accepts,
 *   so no digit is lost through a JavaScript float.
 * Objects are plain objects whose keys are own properties (`__proto__` too, as JSON.parse makes it).
 */
export function parseJsonExact(text: string): unknown {
  let i = 0;
  const n = text.length;

  const fail = (detail: string, at = i): never => {
    throw new JsonProblem(at >= n ? `${detail} (the text ends early)` : detail, Math.min(at, n));
  };
  const ws = () => {
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c !== 32 && c !== 10 && c !== 13 && c !== 9) break;
    }
  };

  const string = (): string => {
    const start = ++i; // after the opening quote
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c === 34) return text.slice(start, i++);
      if (c === 92) break;
      if (c < 32) fail("a control character inside a string (write it as an escape such as \\n)");
    }
    const parts: string[] = [text.slice(start, i)];
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 34) {
        i++;
        return parts.join("");
      }
      if (c < 32) fail("a control character inside a string (write it as an escape such as \\n)");
      if (c !== 92) {
        const from = i;
        while (i < n && text.charCodeAt(i) !== 34 && text.charCodeAt(i) !== 92 && text.charCodeAt(i) >= 32) i++;
        parts.push(text.slice(from, i));
        continue;
      }
      const e = text.charAt(i + 1);
      const simple = ESCAPES[e];
      if (simple !== undefined && e !== "u") {
        parts.push(simple);
        i += 2;
      } else if (e === "u" && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
        parts.push(String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16)));
        i += 6;
      } else fail(`a bad escape "\\${e}" inside a string`);
    }
    return fail("a string that is not closed", start - 1);
  };

  const number = (): number | string => {
    const start = i;
    if (text.charCodeAt(i) === 45) i++;
    let digits = 0;
    let leading = true; // leading zeros are not significant
    const run = (): number => {
      const from = i;
      for (; i < n; i++) {
        const c = text.charCodeAt(i);
        if (c < 48 || c > 57) break;
        if (c !== 48 || !leading) {
          leading = false;
          digits++;
        } else if (!leading) digits++;
      }
      return i - from;
    };
    const intStart = i;
    if (run() === 0) fail("a value was expected");
    if (text.charCodeAt(intStart) === 48 && i - intStart > 1) fail("a number with a leading zero", intStart);
    if (text.charCodeAt(i) === 46) {
      i++;
      if (run() === 0) fail("a digit was expected after the decimal point");
    }
    let exponent = 0;
    const c = text.charCodeAt(i);
    if (c === 101 || c === 69) {
      i++;
      const sign = text.charCodeAt(i);
      if (sign === 43 || sign === 45) i++;
      const from = i;
      const saved = leading;
      leading = false;
      const before = digits;
      if (run() === 0) fail("a digit was expected in the exponent");
      digits = before;
      leading = saved;
      exponent = Math.abs(Number(text.slice(from, i)));
    }
    const literal = text.slice(start, i);
    if (exponent > MAX_EXPONENT) throw new JsonProblem(`the number ${literal.slice(0, 40)} is out of range (exponents up to ${MAX_EXPONENT})`, start, "limit");
    const value = Number(literal);
    if (digits <= EXACT_DIGITS && exponent <= 300) return value;
    const exact = new Decimal(literal);
    return Number.isFinite(value) && exact.eq(value) ? value : exact.toFixed();
  };

  const value = (depth: number): unknown => {
    ws();
    const c = text.charCodeAt(i);
    if (c === 34) return string();
    if (c === 123 || c === 91) {
      if (depth >= MAX_NESTING) throw new JsonProblem(`the nesting is deeper than ${MAX_NESTING} levels`, i, "limit");
      i++;
      ws();
      if (c === 91) {
        const list: unknown[] = [];
        if (text.charCodeAt(i) === 93) {
          i++;
          return list;
        }
        for (;;) {
          list.push(value(depth + 1));
          ws();
          const d = text.charCodeAt(i++);
          if (d === 93) return list;
          if (d !== 44) fail("a comma or ] was expected", i - 1);
        }
      }
      const obj: Record<string, unknown> = {};
      if (text.charCodeAt(i) === 125) {
        i++;
        return obj;
      }
      for (;;) {
        ws();
        if (text.charCodeAt(i) !== 34) fail("a key in double quotes was expected");
        const at = i;
        const key = string();
        if (key.length > MAX_KEY_LENGTH) throw new JsonProblem(`a key of ${key.length} characters (the limit is ${MAX_KEY_LENGTH})`, at, "limit");
        if (Object.prototype.hasOwnProperty.call(obj, key)) throw new JsonProblem(key, at, "duplicate");
        ws();
        if (text.charCodeAt(i++) !== 58) fail("a colon was expected after the key", i - 1);
        const v = value(depth + 1);
        if (key === "__proto__") Object.defineProperty(obj, key, { value: v, enumerable: true, writable: true, configurable: true });
        else obj[key] = v;
        ws();
        const d = text.charCodeAt(i++);
        if (d === 125) return obj;
        if (d !== 44) fail("a comma or } was expected", i - 1);
      }
    }
    if (c === 116 && text.startsWith("true", i)) return (i += 4), true;
    if (c === 102 && text.startsWith("false", i)) return (i += 5), false;
    if (c === 110 && text.startsWith("null", i)) return (i += 4), null;
    if (c === 45 || (c >= 48 && c <= 57)) return number();
    return fail(i >= n ? "a value was expected" : `unexpected character ${JSON.stringify(text.charAt(i))}`);
  };

  if (n > 0 && text.charCodeAt(0) === 0xfeff) i = 1; // a byte order mark
  const result = value(0);
  ws();
  if (i < n) fail("unexpected text after the JSON value");
  return result;
}

const ESCAPES: Readonly<Record<string, string>> = { '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t", u: "" };
