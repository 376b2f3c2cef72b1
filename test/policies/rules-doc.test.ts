import * as fs from "fs";
import { kebab, renderRulesDoc, RULES_DOC } from "../../scripts/rules-doc";

describe("policies/RULES.md", () => {
  test("is up to date with the packs (regenerate with `npm run rules-doc`)", () => {
    expect(fs.readFileSync(RULES_DOC, "utf8")).toBe(renderRulesDoc());
  });

  test("names rule files in kebab case after their function", () => {
    expect(kebab("autoscaledWorstCase")).toBe("autoscaled-worst-case");
    expect(kebab("cdnCacheHitRatio")).toBe("cdn-cache-hit-ratio");
  });
});
