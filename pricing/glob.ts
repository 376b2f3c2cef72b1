/**
 * Whether `text` matches a glob in which `*` matches any run of characters (and nothing else is special).
 * No regular expression: the pattern is cut at its stars, the first piece must start the text, the last must end it,
 * and each piece between is found at its leftmost place after the previous one (which is always a correct choice), so
 * the time grows with the lengths of pattern and text, never exponentially (`"****…Q"` cannot hang).
 */
export function globMatches(pattern: string, text: string): boolean {
  const pieces = pattern.split("*");
  if (pieces.length === 1) return pattern === text;
  const first = pieces[0];
  const last = pieces[pieces.length - 1];
  if (first.length + last.length > text.length || !text.startsWith(first) || !text.endsWith(last)) return false;
  let at = first.length;
  const end = text.length - last.length;
  for (let i = 1; i < pieces.length - 1; i++) {
    const piece = pieces[i];
    if (piece === "") continue;
    const found = text.indexOf(piece, at);
    if (found === -1 || found + piece.length > end) return false;
    at = found + piece.length;
  }
  return true;
}
