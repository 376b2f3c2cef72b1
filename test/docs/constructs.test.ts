import * as fs from "fs";
import { CONSTRUCTS_DOC, renderConstructsDoc } from "../../scripts/constructs-doc";

describe("docs/constructs.md", () => {
  test("is up to date with constructs/*.ts", () => {
    const current = fs.existsSync(CONSTRUCTS_DOC) ? fs.readFileSync(CONSTRUCTS_DOC, "utf8") : "";
    if (current !== renderConstructsDoc()) {
      throw new Error("docs/constructs.md is out of date with constructs/*.ts: run `npm run docs` and commit the result.");
    }
  });

  test("documents the integration and each construct's props with their defaults", () => {
    const doc = renderConstructsDoc();
    for (const name of ["Costkit", "CostkitProps", "Cost", "StackCost", "Acknowledge", "GkeAutoscalingCluster", "TieredStorageProps"]) expect(doc).toContain(`### \`${name}\``);
    expect(doc).toMatch(/\| `budgetsFile\?` \| `string` \| none \|/);
  });
});
