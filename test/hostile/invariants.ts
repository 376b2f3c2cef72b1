import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { runCli } from "../helpers/cli";
import { cpuTimer } from "../helpers/cpu";

/** Payloads that would be live in some output if passed through: a link, an image, emphasis, a mention, a URL,
 *  bidi and zero-width characters, terminal escapes, spreadsheet formulas, prototype names. */
export const PAYLOADS = [
  "[Approve this PR](https://evil.example/a)", "![x](https://evil.example/p.png)", "**LGTM**", "@octocat", "@org/team",
  "https://evil.example", "www.evil.example", "a\u202eexe.txt", "zero\u200bwidth\ufeff", "erase\x1b[2K\x1b]0;title\x07", "clip\x1b]52;c;ZXZpbA==\x07",
  "=HYPERLINK(\"https://evil.example\")", "+1+cmd|' /C calc'!A0", "-2", "@SUM(A1)", "__proto__", "constructor", "<script>alert(1)</script>",
  "`code`|pipe", "$\\color{red}{x}$", "line\nbreak", "",
];

/** What no output may contain, whatever the input: each is the live part of a payload. */
export const LIVE = [
  { name: "a Markdown link or image", find: "](https://evil" },
  { name: "emphasis", find: "**LGTM" },
  { name: "a mention", find: "@octocat" },
  { name: "a team mention", find: "@org/team" },
  { name: "a bare URL", find: "https://evil.example" },
  { name: "a www link", find: "www.evil" },
  { name: "a bidi override", find: "\u202e" },
  { name: "a zero-width space", find: "\u200b" },
  { name: "an escape character", find: "\x1b" },
  { name: "a BEL", find: "\x07" },
  { name: "raw HTML", find: "<script>" },
];

export const protoKeys = () => Object.getOwnPropertyNames(Object.prototype).sort().join(",");

export function tmpFile(name: string, content: unknown): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "costkit-hostile-"));
  const file = path.join(dir, name);
  fs.writeFileSync(file, typeof content === "string" ? content : JSON.stringify(content));
  return file;
}

/** Runs a command and checks what every command owes any input: a documented exit code, no stack trace, no time-out,
 *  Object.prototype unchanged. Returns the output for the format's own checks. */
export async function runHostile(argv: string[], maxMs = 5000): Promise<{ code: number; out: string; err: string }> {
  const before = protoKeys();
  const started = Date.now();
  const elapsed = cpuTimer();
  const r = await runCli(argv);
  // A command that waits without working (a pipe nobody writes) burns no CPU: the wall clock catches it, at 12× the bound.
  const cpuMs = elapsed();
  expect({ argv: argv.join(" "), cpu: cpuMs < maxMs, wall: Date.now() - started < 12 * maxMs }).toEqual({ argv: argv.join(" "), cpu: true, wall: true });
  expect([0, 1, 2]).toContain(r.code);
  expect(r.err).not.toMatch(/\n\s+at .*:\d+:\d+\)?\n/);
  expect(protoKeys()).toBe(before);
  return r;
}

/** The checks of one output format: nothing live from the input. */
export function expectInert(text: string, format: string): void {
  if (format === "json") return; // JSON is data: it carries the input as it is, escaped by JSON itself
  if (format === "html") return; // the HTML report has its own tests of escaping (test/report/html.test.ts)
  // In a terminal a link is text; what acts there are control and invisible characters. In CSV, formulas act.
  const live = format === "markdown" ? LIVE : format === "table" ? LIVE.filter((l) => /[\x00-\x1f\u202e\u200b]/.test(l.find)) : [];
  for (const l of live) if (text.includes(l.find)) throw new Error(`${format} output holds ${l.name} from the input: ${JSON.stringify(text.slice(Math.max(0, text.indexOf(l.find) - 60), text.indexOf(l.find) + 60))}`);
  if (format === "focus-csv") {
    for (const line of text.split("\r\n").slice(1)) {
      for (const field of line.split(",")) if (/^"?[=+@]/.test(field)) throw new Error(`a CSV field starts a formula: ${field}`);
    }
  }
}
