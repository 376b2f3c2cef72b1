import * as fs from "fs";
import { renderUsageDoc, USAGE_DOC, USAGE_DOC_COMMAND } from "../../scripts/usage-doc";
import { ALL_PRICERS } from "../../pricing/resources";

describe("docs/usage-keys.md", () => {
  test("is up to date with the pricers' declarations", () => {
    const current = fs.existsSync(USAGE_DOC) ? fs.readFileSync(USAGE_DOC, "utf8") : "";
    if (current !== renderUsageDoc()) {
      throw new Error(`docs/usage-keys.md is out of date with the pricers' usage declarations: run \`${USAGE_DOC_COMMAND}\` and commit the result.`);
    }
  });

  test("has a section for every priced type and a row for every key", () => {
    const doc = renderUsageDoc();
    for (const p of ALL_PRICERS) {
      expect(doc).toContain(`\n## ${p.type}\n`);
      for (const k of p.usage) expect(doc).toContain(`| \`${k.name}\` |`);
    }
  });

  test("tells a stale file apart: a changed declaration changes the document", () => {
    const [first, ...rest] = ALL_PRICERS.filter((p) => p.usage.length > 0);
    const renamed = { ...first, usage: [{ ...first.usage[0], name: "someOtherKeyGib" }, ...first.usage.slice(1)] };
    expect(renderUsageDoc([renamed, ...rest])).not.toBe(renderUsageDoc([first, ...rest]));
  });
});
