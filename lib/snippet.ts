/** A short passage of `text` around [start, end), cut at word boundaries, with the offset shift. */
export function snippetAround(
  text: string,
  start: number,
  end: number,
  maxLength = 180,
): { snippet: string; offset: number } {
  const span = Math.max(0, end - start);
  const room = Math.max(0, maxLength - span);
  // Prefer the sentence that holds the mention: look back for a sentence end.
  let from = Math.max(0, start - Math.floor(room / 3));
  const sentenceStart = lastSentenceStart(text, start);
  if (sentenceStart >= from) from = sentenceStart;
  let to = Math.min(text.length, from + maxLength);
  if (to < end) to = end;
  if (from > 0 && sentenceStart !== from) {
    const space = text.indexOf(' ', from);
    if (space !== -1 && space < start) from = space + 1;
  }
  if (to < text.length) {
    const space = text.lastIndexOf(' ', to);
    if (space > end) to = space;
  }
  const prefix = from > 0 && sentenceStart !== from ? '…' : '';
  const suffix = to < text.length ? '…' : '';
  // Line breaks become spaces one for one, so offsets stay valid.
  const body = text.slice(from, to).replace(/\s/g, ' ');
  return { snippet: prefix + body + suffix, offset: prefix.length - from };
}

function lastSentenceStart(text: string, before: number): number {
  for (let i = before - 1; i > 0; i--) {
    const ch = text[i];
    if (ch === '\n') return i + 1;
    if ((ch === ' ' || ch === '\u00a0') && /[.!?…»"]/.test(text[i - 1] ?? '')) return i + 1;
  }
  return 0;
}
