import * as fs from "fs";
import { CLI_DOC, renderCliDoc } from "../../scripts/cli-doc";

describe("docs/cli.md", () => {
  test("is up to date with the commands' --help texts", async () => {
    const current = fs.existsSync(CLI_DOC) ? fs.readFileSync(CLI_DOC, "utf8") : "";
    if (current !== (await renderCliDoc())) {
      throw new Error("docs/cli.md is out of date with the commands' --help texts: run `npm run docs` and commit the result.");
    }
  });

  test("documents every command and every exit code", async () => {
    const doc = await renderCliDoc();
    for (const c of ["estimate", "diff", "check", "prices import", "prices diff"]) expect(doc).toContain(`## \`costkit ${c}\``);
    for (const code of ["| 0 |", "| 1 |", "| 2 |"]) expect(doc).toContain(code);
  });
});
