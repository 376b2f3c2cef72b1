import { errors, YAML_MAX_ALIAS_COUNT } from "../pricing/errors";
import { isAliasBomb, parseYaml } from "../pricing/load";
import { yaml } from "../pricing/yaml";
import { BudgetPlace } from "./errors";

/** A key path inside a YAML document: mapping keys and list indexes. */
export type YamlPath = readonly (string | number)[];
/** Where a value is: the file, its line, and the key path (`rules[1].split.shares`). */
export type PlaceOf = (path: YamlPath, key?: string) => BudgetPlace;

/** `rules[1].split`, or `rules[1].split.shares` with a key. */
export function pathText(path: YamlPath, key?: string): string {
  const parts = key === undefined ? path : [...path, key];
  return parts.reduce<string>((s, p) => (typeof p === "number" ? `${s}[${p}]` : s === "" ? p : `${s}.${p}`), "");
}

/**
 * A policy file (YAML, or JSON) read with the line of every key: its value as JavaScript (or undefined when empty),
 * and `placeOf` for messages. A syntax error is `syntaxError(line, detail)`.
 */
export function readYamlWithPlaces(text: string, file: string, syntaxError: (line: number | undefined, detail: string) => Error): { value: unknown; placeOf: PlaceOf } {
  const { isMap, isScalar, isSeq, LineCounter } = yaml();
  const lineCounter = new LineCounter();
  const doc = parseYaml(text, file, { lineCounter, uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    const detail = e.message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "").replace(/:$/, "");
    throw syntaxError(e.linePos?.[0].line ?? lineCounter.linePos(e.pos[0]).line, detail);
  }
  const lineAt = (path: YamlPath, key?: string): number | undefined => {
    for (let n = path.length; n >= 0; n--) {
      const node = doc.getIn(path.slice(0, n), true) as unknown;
      if (node === undefined || node === null) continue;
      if (key !== undefined && n === path.length && isMap(node)) {
        const pair = node.items.find((p) => isScalar(p.key) && p.key.value === key);
        const range = isScalar(pair?.key) ? pair!.key.range : undefined;
        if (range) return lineCounter.linePos(range[0]).line;
      }
      const range = (isMap(node) || isSeq(node) || isScalar(node)) ? node.range : undefined;
      if (range) return lineCounter.linePos(range[0]).line;
    }
    return undefined;
  };
  const placeOf: PlaceOf = (path, key) => ({ file, line: lineAt(path, key), path: pathText(path, key) || "the top level" });
  try {
    return { value: doc.toJS({ maxAliasCount: YAML_MAX_ALIAS_COUNT }) ?? undefined, placeOf };
  } catch (e) {
    if (isAliasBomb(e)) throw errors.yamlAliasBomb(file);
    throw e;
  }
}
