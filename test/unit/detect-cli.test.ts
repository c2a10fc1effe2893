import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const tsx = join(repo, 'node_modules/.bin/tsx');

function detect(...args: string[]) {
  const result = spawnSync(tsx, ['scripts/detect.ts', ...args], {
    cwd: repo,
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('detect CLI', () => {
  it('prints the mentions of each file as one JSON line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'detect-'));
    const file = join(dir, 'a.txt');
    writeFileSync(file, 'Зеленський і Japan');
    const { code, stdout } = detect(file);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({
      file,
      mentions: [
        { entity: 'zelensky', start: 0, end: 10, text: 'Зеленський' },
        { entity: 'JP', start: 13, end: 18, text: 'Japan' },
      ],
    });
  });

  it('writes OUT/X.json for every IN/X.txt', () => {
    const input = mkdtempSync(join(tmpdir(), 'detect-in-'));
    const output = join(mkdtempSync(join(tmpdir(), 'detect-out-')), 'out');
    writeFileSync(join(input, 'one.txt'), 'Литва');
    writeFileSync(join(input, 'two.txt'), 'nothing here');
    writeFileSync(join(input, 'skip.md'), 'Литва');
    const { code } = detect('--dir', input, '--out', output);
    expect(code).toBe(0);
    expect(readdirSync(output).sort()).toEqual(['one.json', 'two.json']);
    expect(JSON.parse(readFileSync(join(output, 'one.json'), 'utf8'))).toEqual([
      { entity: 'LT', start: 0, end: 5, text: 'Литва' },
    ]);
    expect(JSON.parse(readFileSync(join(output, 'two.json'), 'utf8'))).toEqual([]);
  });

  it.each([
    ['a missing file', ['/no/such/file.txt'], /no such file/],
    ['a missing folder', ['--dir', '/no/such/folder', '--out', '/tmp/x'], /no such folder/],
    ['--dir without --out', ['--dir', 'data/raw'], /--dir and --out go together/],
    ['no arguments', [], /usage/],
    ['an unknown option', ['--fast'], /unknown option --fast/],
  ])('fails with one clear line for %s', (_name, args, message) => {
    const { code, stdout, stderr } = detect(...args);
    expect(code).not.toBe(0);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(message);
  });

  it('fails on a file that is not UTF-8', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'detect-')), 'latin1.txt');
    writeFileSync(file, Buffer.from([0x46, 0x72, 0xe9, 0x64]));
    const { code, stderr } = detect(file);
    expect(code).toBe(1);
    expect(stderr).toMatch(/not valid UTF-8/);
  });
});
