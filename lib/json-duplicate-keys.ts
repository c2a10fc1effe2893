/** A key written twice in one object of a JSON text, and the line of its second occurrence. */
export type DuplicateKey = { key: string; line: number };

/**
 * The keys that a JSON text repeats inside one object. `JSON.parse` keeps the last of them
 * without a word, so a hand-edited data file with two "rules" objects for one country loses the
 * first one silently. Expects text that `JSON.parse` accepts; reads strings with their escapes.
 */
export function duplicateKeys(text: string): DuplicateKey[] {
  const found: DuplicateKey[] = [];
  // One entry per open object (a set of its keys) or array (null).
  const open: Array<Set<string> | null> = [];
  let line = 1;
  let expectKey = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n') line++;
    else if (c === '{') {
      open.push(new Set());
      expectKey = true;
    } else if (c === '[') {
      open.push(null);
      expectKey = false;
    } else if (c === '}' || c === ']') {
      open.pop();
      expectKey = false;
    } else if (c === ',') expectKey = open[open.length - 1] != null;
    else if (c === '"') {
      let end = i + 1;
      while (end < text.length && text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
      const keys = open[open.length - 1];
      if (expectKey && keys) {
        const key = JSON.parse(text.slice(i, end + 1)) as string;
        if (keys.has(key)) found.push({ key, line });
        keys.add(key);
        expectKey = false;
      }
      i = end;
    }
  }
  return found;
}
