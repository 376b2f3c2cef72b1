/**
 * Escaping of user-controlled text (addresses, tags, attribute values, stack names) for Markdown tables and HTML:
 * it can neither break a table nor inject markup.
 */
const HTML: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML[c]);
}

/** Text outside attributes: only `&`, `<` and `>` can start markup there (quotes are text). */
function escapeHtmlText(text: string): string {
  return text.replace(/[&<>]/g, (c) => HTML[c]);
}

/**
 * Text for a Markdown table cell: no markup (`&`, `<`, `>` escaped), pipes and Markdown punctuation neutralised, one
 * line. Quotes stay as they are: an entity such as `&#39;` would have its `#` escaped below and show literally.
 */
export function escapeMarkdownCell(text: string): string {
  return escapeHtmlText(text)
    .replace(/\r?\n|\r/g, " ")
    .replace(/\\/g, "\\\\")
    .replace(/([|`*_[\]#~])/g, "\\$1");
}

/** Inline code for an identifier such as an address; backticks inside are replaced so the span cannot be broken. */
export function markdownCode(text: string): string {
  const clean = text.replace(/\r?\n|\r/g, " ").replace(/`/g, "ˋ").replace(/\|/g, "¦");
  return `<code>${escapeHtml(clean)}</code>`;
}
