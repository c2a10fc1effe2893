/** A short passage of `text` around [start, end), cut at word boundaries, marked with "…" where cut. */
export function snippetAround(text: string, start: number, end: number, maxLength = 180): { snippet: string } {
  const span = Math.max(0, end - start);
  const room = Math.max(0, maxLength - span);
  // Prefer the sentence that holds the mention, unless it begins too far back.
  const sentenceStart = lastSentenceStart(text, start);
  let from = Math.max(0, start - Math.floor(room / 3));
  let isCutBefore = false;
  if (sentenceStart >= from) {
    from = sentenceStart;
    // A list marker or dash at the start of a line is not part of the passage.
    while (from < start && /[\s\-–—•·*]/.test(text[from] ?? '')) from++;
  } else {
    const space = text.indexOf(' ', from);
    if (space !== -1 && space < start) from = space + 1;
    isCutBefore = true;
  }
  let to = Math.min(text.length, from + maxLength);
  if (to < end) to = end;
  if (to < text.length) {
    const space = text.lastIndexOf(' ', to);
    if (space > end) to = space;
  }
  // Line breaks become spaces one for one.
  const body = text.slice(from, to).replace(/\s/g, ' ');
  return { snippet: (isCutBefore ? '…' : '') + body + (to < text.length ? '…' : '') };
}

function lastSentenceStart(text: string, before: number): number {
  for (let i = before - 1; i > 0; i--) {
    const ch = text[i];
    if (ch === '\n') return i + 1;
    if ((ch === ' ' || ch === '\u00a0') && /[.!?…»"]/.test(text[i - 1] ?? '')) return i + 1;
  }
  return 0;
}
