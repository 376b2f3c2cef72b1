import { UnevaluableValue, UnresolvedValue } from "../../pricing/errors";

/** What evaluating `f` gives: its value, "unknown: <message>" (known only after apply) or "error: <reason>". */
export function outcome(f: () => unknown): unknown {
  try {
    return f();
  } catch (e) {
    if (e instanceof UnevaluableValue) return `error: ${e.reason}`;
    if (e instanceof UnresolvedValue) return `unknown: ${e.message}`;
    throw e;
  }
}
