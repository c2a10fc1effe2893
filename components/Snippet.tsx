export type SnippetProps = {
  text: string;
  /** [start, end) ranges of `text` to emphasise. */
  marks: ReadonlyArray<readonly [number, number]>;
};

/** A passage with some ranges emphasised, rendered as text only. */
export function Snippet({ text, marks }: SnippetProps) {
  const parts: Array<{ text: string; isMark: boolean }> = [];
  let at = 0;
  for (const [start, end] of [...marks].sort((a, b) => a[0] - b[0])) {
    if (start < at || end <= start || end > text.length) continue;
    if (start > at) parts.push({ text: text.slice(at, start), isMark: false });
    parts.push({ text: text.slice(start, end), isMark: true });
    at = end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), isMark: false });
  return <p class="snippet">{parts.map((part, i) => (part.isMark ? <mark key={i}>{part.text}</mark> : part.text))}</p>;
}
