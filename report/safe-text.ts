/**
 * Untrusted text (addresses, names, tags, reasons, messages, stack names: anything that comes from the input) made safe
 * for the outputs people read: Markdown that GitHub renders, and terminals.
 */

/** A visible stand-in for a character that must not act: `‹U+202E›`. */
export function codePointMark(c: string): string {
  return `‹U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}›`;
}

/** Control characters (C0 but tab, DEL, C1, including ESC and the CSI/OSC introducers), and characters that change
 *  how text shows without showing themselves: bidirectional overrides and isolates (which can make `a.tf` read as
 *  `ft.a`), zero-width characters, the word joiner, line and paragraph separators, the BOM. */
const TERMINAL_UNSAFE = /[\x00-\x08\x0a-\x1f\x7f-\x9f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;

/**
 * Text for a terminal: control characters (ESC, CSI, OSC, BEL, carriage return, line feed, …) show as `\x1b`, and
 * invisible ones as `\u202e`, so input can neither move the cursor, erase a line, set the window title nor write the
 * clipboard (OSC 52), nor reorder what is shown. Every terminal renderer passes text from the input through it.
 */
export function safeTerminalText(text: string): string {
  return text.replace(TERMINAL_UNSAFE, (c) => {
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
  });
}

/**
 * Characters Markdown (GitHub flavoured, with its extensions) gives a meaning, each with its neutral form. ASCII
 * punctuation takes a backslash (`(`, `)` and `!` need none: with `[` and `]` escaped they cannot start a link or an
 * image, and escaping them would make every cost line name unreadable in the Markdown source); `&`, `<`, `>` become entities so no HTML can start; `@` becomes `&#64;` so that no
 * user or team is mentioned; the colon of `://` and the dot of `www.` become entities so that no bare URL is linked.
 */
const MARKDOWN_UNSAFE = /\r\n|[\x00-\x1f\x7f-\x9f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]|[&<>@\\`*[\]#~|$_]|:(?=\/\/)|(?<=www)\./gi;
const ENTITY: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", "@": "&#64;", ":": "&#58;", ".": "&#46;" };
const ALNUM = /[A-Za-z0-9]/;

/**
 * Text from the input for any place in Markdown (a table cell, inline `<code>`, a sentence): it renders as the same
 * characters and nothing else. No link, image, emphasis, code span, heading, strikethrough, math, HTML, table cell
 * break, mention (`@user`, `@org/team`) or autolinked URL can come from it; line breaks become spaces; control,
 * bidirectional and zero-width characters are shown as `‹U+202E›`. One pass, so its own output is never escaped again.
 */
export function safeMarkdown(text: string): string {
  return text.replace(MARKDOWN_UNSAFE, (c: string, at: number, all: string) => {
    if (c === "\r\n" || c === "\n" || c === "\r") return " ";
    const entity = ENTITY[c];
    if (entity !== undefined) return entity;
    // An underscore inside a word (google_compute_disk) can neither open nor close emphasis: it stays as it is.
    if (c === "_" && ALNUM.test(all.charAt(at - 1)) && ALNUM.test(all.charAt(at + 1))) return c;
    if (c.length === 1 && c.charCodeAt(0) < 0x7f && c.charCodeAt(0) > 0x20) return `\\${c}`;
    return codePointMark(c);
  });
}
