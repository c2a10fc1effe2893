import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { readDataFile } from '../../scripts/read-data';

const dir = mkdtempSync(join(tmpdir(), 'read-data-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const schema = z.object({ rules: z.record(z.string(), z.string()) });
const file = (text: string) => {
  const path = join(dir, `${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(path, text);
  return path;
};

describe('readDataFile', () => {
  it('returns the checked value', () => {
    expect(readDataFile(file('{"rules": {"a": "b"}}'), 'data/x.json', schema)).toEqual({ rules: { a: 'b' } });
  });

  it('names the line of a key written twice, the bad field, or broken JSON, in one sentence', () => {
    expect(() => readDataFile(file('{\n"rules": {},\n"rules": {}\n}'), 'data/x.json', schema)).toThrow(
      'data/x.json:3: "rules" is written twice in one object (JSON keeps only the last)',
    );
    expect(() => readDataFile(file('{"rules": {"a": 1}}'), 'data/x.json', schema)).toThrow(
      /^data\/x\.json: field "rules\.a": /,
    );
    expect(() => readDataFile(file('{"rules": '), 'data/x.json', schema)).toThrow(/^data\/x\.json: not valid JSON/);
    expect(() => readDataFile(join(dir, 'missing.json'), 'data/x.json', schema)).toThrow(/missing\.json: no such file/);
  });
});
