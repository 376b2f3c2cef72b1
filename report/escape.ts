import { safeMarkdown } from "./safe-text";

/**
 * Escaping of user-controlled text (addresses, tags, attribute values, stack names) for Markdown tables and HTML:
 * it can neither break a table nor inject markup.
 */
const HTML: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML[c]);
}

/** Text for a Markdown table cell (or anywhere in Markdown): see safeMarkdown. */
export function escapeMarkdownCell(text: string): string {
  return safeMarkdown(text);
}

/** An identifier such as an address, shown as code: `<code>` (Markdown inside it is still parsed, so the text is made
 *  safe as anywhere else in Markdown); backticks and pipes show as look-alikes, so the span reads as code. */
export function markdownCode(text: string): string {
  return `<code>${safeMarkdown(text.replace(/`/g, "ˋ").replace(/\|/g, "¦"))}</code>`;
}
