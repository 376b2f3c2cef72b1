import * as fs from "fs";
import * as path from "path";
import { Money } from "../../pricing/money";

/**
 * Every pricer fixture states its totals in its `"//".comment` table, so a reader can check the golden by eye: a line
 * that starts with "Total", "Totals", "Stack" or "| total" must name the golden's expected monthly cost, and its min
 * and max where they differ. A golden that moves without its table fails here.
 */
const root = path.join(__dirname, "resources");
const fixtures = fs.readdirSync(root).flatMap((provider) => {
  const dir = path.join(root, provider, "testdata");
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir).filter((f) => f.endsWith(".tf.json") && fs.existsSync(path.join(dir, f.replace(/\.tf\.json$/, ".golden.json")))).map((f) => path.join(provider, "testdata", f));
}).sort();

const TOTAL_LINE = /^\s*(\|\s*)?(report |stack )?(totals?|stack)\b/i;

function statedNumbers(comment: unknown): string[] {
  const lines = Array.isArray(comment) ? comment : typeof comment === "string" ? [comment] : [];
  return lines
    .filter((l): l is string => typeof l === "string" && TOTAL_LINE.test(l))
    .flatMap((l) => l.match(/\d[\d,]*(?:\.\d+)?/g) ?? [])
    .map((n) => new Money(n.replace(/,/g, "")).toFixed());
}

describe("fixture comment tables state their goldens' totals", () => {
  test("there are fixtures to check", () => expect(fixtures.length).toBeGreaterThan(40));

  test.each(fixtures)("%s", (fixture) => {
    const tf = JSON.parse(fs.readFileSync(path.join(root, fixture), "utf8"));
    const golden = JSON.parse(fs.readFileSync(path.join(root, fixture.replace(/\.tf\.json$/, ".golden.json")), "utf8"));
    const stated = new Set(statedNumbers(tf["//"]?.comment));
    const { min, expected, max } = golden.monthlyCost as Record<string, string>;
    const missing = [...new Set([min, expected, max])].filter((v) => !stated.has(new Money(v).toFixed()));
    if (missing.length) {
      throw new Error(`${fixture}: its comment table's total lines do not state ${missing.join(", ")} (golden min ${min}, expected ${expected}, max ${max}); add or fix a line "Total: … = ${expected}"`);
    }
  });
});
