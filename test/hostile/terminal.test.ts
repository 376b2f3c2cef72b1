import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { runCli } from "../helpers/cli";

/** ESC, CSI and OSC introducers, BEL and the other C0/C1 controls but tab and the line feeds the renderer writes. */
const RAW_CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200b-\u200d\ufeff]/;

describe("terminal tables show control sequences from the input, never obey them", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "costkit-term-"));
  // The stack is named after the file: an OSC window-title sequence in it reaches the header of both tables.
  const file = path.join(dir, "evil\x1b]0;pwned\x07\u202e.tf.json");
  fs.writeFileSync(file, JSON.stringify({
    provider: { google: [{ project: "p", region: "europe-west1" }] },
    resource: {
      google_compute_disk: {
        "a\x1b[2K\x1b]52;c;ZXZpbA==\x07": { zone: "europe-west1-b", size: 10, type: "pd-ssd" },
        "b\x9b31m": { zone: "europe-west1-b", size: 10, type: "nope\x1b[1A" },
      },
    },
  }));

  test.each([["estimate"], ["check"]])("costkit %s (table)", async (command) => {
    const { code, out, err } = await runCli([command, file]);
    expect([0, 1]).toContain(code);
    expect(err).toBe("");
    expect(out).not.toMatch(RAW_CONTROL);
    if (command === "estimate") {
      expect(out).toContain("a\\x1b[2K\\x1b]52;c;ZXZpbA==\\x07");
      expect(out).toContain("nope\\x1b[1A");
    }
    expect(out).toContain("evil\\x1b]0;pwned\\x07\\u202e");
  });
});

describe("error messages quote the input without its control sequences", () => {
  test("an unknown command and a missing file", async () => {
    for (const argv of [["\x1b]0;t\x07"], ["estimate", "/nope/\x1b[2K.tf.json"]]) {
      const { code, err } = await runCli(argv);
      expect(code).toBe(2);
      expect(err).toContain("\\x1b");
      expect(err.replace(/\n/g, "")).not.toMatch(RAW_CONTROL);
    }
  });
});
