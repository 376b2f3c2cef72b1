import * as fs from "fs";
import * as path from "path";
import { catalogOf } from "../../pricing/books";
import { estimate, PRICER_FAILED } from "../../pricing/estimate";
import { DEFAULT_REGISTRY } from "../../pricing/resources";
import { readTerraform } from "../../pricing/terraform";

/**
 * Pricers look values up in tables (disk types, engines, tiers, classes). A value that names a property every object
 * has ("__proto__", "constructor", "toString") must read as an unknown value, never as the table's inherited member:
 * each pricer fixture, with each string attribute of each resource set to such a name in turn, prices without a
 * defect (a resource may be unpriced, saying why).
 */
const NAMES = ["__proto__", "constructor", "toString", "hasOwnProperty", "valueOf"];
const FIXTURES = ["aws", "google", "costkit"].flatMap((dir) => {
  const testdata = path.join(__dirname, "..", "pricing", "resources", dir, "testdata");
  return fs.existsSync(testdata) ? fs.readdirSync(testdata).filter((f) => f.endsWith(".tf.json")).map((f) => path.join(testdata, f)) : [];
});

describe("attribute values that name Object.prototype's members", () => {
  const opts = { stack: "s", catalog: catalogOf(), registry: DEFAULT_REGISTRY };

  test("the fixtures are there to mutate", () => expect(FIXTURES.length).toBeGreaterThan(50));

  test.each(FIXTURES.map((f) => [path.basename(f), f]))("%s", (_name, file) => {
    const json = JSON.parse(fs.readFileSync(file, "utf8")) as { resource?: unknown };
    for (const at of stringLeaves(json.resource)) {
      for (const hostile of NAMES) {
        const copy = JSON.parse(JSON.stringify(json)) as { resource: unknown };
        setAt(copy.resource, at, hostile);
        const report = estimate(readTerraform(copy, path.basename(file)), opts);
        const defects = report.unpriced.filter((u) => u.reason.startsWith(PRICER_FAILED));
        expect({ where: `${at.join(".")} = ${hostile}`, defects }).toEqual({ where: `${at.join(".")} = ${hostile}`, defects: [] });
      }
    }
  });
});

/** The paths to the plain strings of resource bodies (not interpolations), below type and name. */
function stringLeaves(v: unknown, at: string[] = []): string[][] {
  if (typeof v === "string") return at.length > 2 && !v.includes("${") ? [at] : [];
  if (Array.isArray(v)) return v.flatMap((x, i) => stringLeaves(x, [...at, String(i)]));
  if (typeof v === "object" && v !== null) return Object.entries(v).flatMap(([k, x]) => (k === "//" ? [] : stringLeaves(x, [...at, k])));
  return [];
}

function setAt(root: unknown, at: readonly string[], value: unknown): void {
  let node = root as Record<string, unknown>;
  for (const k of at.slice(0, -1)) node = node[k] as Record<string, unknown>;
  node[at[at.length - 1]] = value;
}
