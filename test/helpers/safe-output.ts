/**
 * What must never appear in Markdown made from input: the raw characters that start a link, an image, emphasis, a code
 * span, HTML, a table cell, math, a mention or a bare URL; control, bidirectional and zero-width characters.
 */
export function liveMarkdown(md: string): string | undefined {
  const checks: [string, RegExp][] = [
    ["an unescaped [ or ]", /(?<!\\)[[\]]/],
    ["an unescaped *, ~, `, $, | or #", /(?<!\\)[*~`$|#](?<!&#)/],
    ["raw HTML", /</],
    ["a mention", /@/],
    ["a bare URL", /:\/\/|www\./i],
    ["a control or invisible character", /[\x00-\x1f\x7f-\x9f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/],
  ];
  // An entity stands for one inert character: read as a space, so that removing it cannot join "&#58;" and "/" into "://".
  for (const [name, re] of checks) if (re.test(md.replace(/&#\d+;/g, " "))) return name;
  return undefined;
}
