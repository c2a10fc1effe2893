import { describe, expect, it } from 'vitest';
import { duplicateKeys } from '../../lib/json-duplicate-keys';

describe('duplicateKeys', () => {
  it('finds a key written twice in one object, with the line of the second', () => {
    const text = '{\n  "MT": {\n    "rules": { "Malte": "x" },\n    "rules": { "Malcie": "fixed" }\n  }\n}';
    expect(duplicateKeys(text)).toEqual([{ key: 'rules', line: 4 }]);
  });

  it('allows the same key in different objects, arrays of objects and string values', () => {
    const text = '{"a": {"k": 1}, "b": {"k": 2}, "list": [{"k": 1}, {"k": 2}], "s": "k", "t": ["k", "k"]}';
    expect(duplicateKeys(text)).toEqual([]);
  });

  it('reads keys and strings with escapes, braces and commas inside', () => {
    const text = '{"a\\"b": "{,}", "x": "\\\\", "a\\"b": 1, "\\u0041": 2, "A": 3}';
    expect(duplicateKeys(text)).toEqual([
      { key: 'a"b', line: 1 },
      { key: 'A', line: 1 },
    ]);
  });

  it('finds nothing in the bundled hand-kept data', async () => {
    const { readFileSync } = await import('node:fs');
    for (const file of ['gazetteer-extra.json', 'officials.json', 'topics.json', 'sources.json'])
      expect(duplicateKeys(readFileSync(`data/${file}`, 'utf8')), file).toEqual([]);
  });
});
