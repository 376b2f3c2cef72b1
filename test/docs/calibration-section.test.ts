import * as fs from "fs";
import * as path from "path";
import { SCENARIO_SECTION_END, SCENARIO_SECTION_START, scenarioSectionOf } from "../../scripts/calibration-section";

describe("the scenario section of docs/calibration.md", () => {
  test("is found between its markers, and is empty without them", () => {
    expect(scenarioSectionOf(`# A\n\n${SCENARIO_SECTION_START}\n## 2026\n${SCENARIO_SECTION_END}\n`)).toBe(`${SCENARIO_SECTION_START}\n## 2026\n${SCENARIO_SECTION_END}`);
    expect(scenarioSectionOf("# A\n")).toBe("");
    expect(scenarioSectionOf(`${SCENARIO_SECTION_END}\n${SCENARIO_SECTION_START}`)).toBe("");
  });

  test("the page has it, with the seed's 2026 figures and a reason for every gap over 25 %", () => {
    const section = scenarioSectionOf(fs.readFileSync(path.join(__dirname, "..", "..", "docs", "calibration.md"), "utf8"));
    expect(section).toContain("| $75,000,000.00 |");
    expect(section).toContain("| $0.094 |");
    for (const id of ["edge-caching", "av1-codec", "post-quantum-crypto", "ai-infrastructure"]) expect(section).toContain(`(\`${id}\`)`);
    expect(section).not.toContain("no explanation yet");
  });
});
