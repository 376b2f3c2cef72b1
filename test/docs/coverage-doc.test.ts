import * as fs from "fs";
import { COVERAGE_DOC, renderCoverage } from "../../scripts/coverage-doc";

describe("docs/coverage.md", () => {
  test("is what the pricers, books and free list say (regenerate with npm run coverage-doc)", () => {
    const committed = fs.existsSync(COVERAGE_DOC) ? fs.readFileSync(COVERAGE_DOC, "utf8") : "";
    expect(committed).toBe(renderCoverage());
  });
});
