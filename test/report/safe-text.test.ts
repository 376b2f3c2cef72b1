import * as fc from "fast-check";
import { markdownCode } from "../../report/escape";
import { safeMarkdown, safeTerminalText } from "../../report/safe-text";
import { liveMarkdown } from "../helpers/safe-output";

describe("safeMarkdown", () => {
  test.each([
    ["[Approve this PR](https://evil.example/x)", "\\[Approve this PR\\](https&#58;//evil.example/x)"],
    ["![](https://evil.example/pixel.png)", "!\\[\\](https&#58;//evil.example/pixel.png)"],
    ["**LGTM**", "\\*\\*LGTM\\*\\*"],
    ["ping @user and @org/team", "ping &#64;user and &#64;org/team"],
    ["see www.evil.example", "see www&#46;evil.example"],
    ["<img src=x onerror=alert(1)>", "&lt;img src=x onerror=alert(1)&gt;"],
    ["a|b", "a\\|b"],
    ["`code`", "\\`code\\`"],
    ["$\\color{red}{x}$", "\\$\\\\color{red}{x}\\$"],
    ["~~gone~~ # heading", "\\~\\~gone\\~\\~ \\# heading"],
    ["google_compute_disk.a", "google_compute_disk.a"],
    ["_emphasis_", "\\_emphasis\\_"],
    ["line\nbreak\r\nagain", "line break again"],
    ["abc\u202Efdp.exe", "abc‹U+202E›fdp.exe"],
    ["zero\u200Bwidth\uFEFF", "zero‹U+200B›width‹U+FEFF›"],
    ["bell\x07 esc\x1b[2K", "bell‹U+0007› esc‹U+001B›\\[2K"],
  ])("%j → %j", (input, expected) => {
    expect(safeMarkdown(input)).toBe(expected);
  });

  test("any text comes out with nothing live, in a cell and in <code>", () => {
    const text = fc.string({ unit: fc.oneof(fc.constantFrom(..."[]()!*_`~$|#<>@&\\:/.w\n\r\x1b\u202e\u200b\ufeff"), fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c))), maxLength: 40 });
    fc.assert(fc.property(text, (t) => {
      expect(liveMarkdown(safeMarkdown(t))).toBeUndefined();
      expect(liveMarkdown(markdownCode(t).slice("<code>".length, -"</code>".length))).toBeUndefined();
    }), { numRuns: 2000 });
  });
});

describe("safeTerminalText", () => {
  test("control sequences show as marks: no line erase, window title or clipboard write", () => {
    expect(safeTerminalText("a\x1b[2Kb\x1b]0;title\x07c\x1b]52;c;ZXZpbA==\x07\x9b31m\u202e")).toBe(
      "a\\x1b[2Kb\\x1b]0;title\\x07c\\x1b]52;c;ZXZpbA==\\x07\\x9b31m\\u202e",
    );
    expect(safeTerminalText("tab\tstays, plain text too")).toBe("tab\tstays, plain text too");
  });
});
