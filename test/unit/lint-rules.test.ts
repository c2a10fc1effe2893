import { unlinkSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// A path-scoped rule whose glob matches no file never fires: prove ours does, on a real file in lib/.
describe('the lint rule that keeps lib/ pure', () => {
  it.each([
    ['a DOM global', 'export const title = () => document.title;\n', 'no-restricted-globals'],
    ['the extension API', 'export const id = () => browser.runtime.id;\n', 'no-restricted-globals'],
    ['a WXT import', "import { browser } from 'wxt/browser';\nexport const b = browser;\n", 'no-restricted-imports'],
  ])(
    'rejects %s in lib/',
    async (_name, code, rule) => {
      const file = resolve('lib', `__lint-probe-${process.pid}.ts`);
      writeFileSync(file, code);
      try {
        const [result] = await new ESLint().lintFiles([file]);
        expect(result?.messages.map((m) => m.ruleId)).toContain(rule);
      } finally {
        unlinkSync(file);
      }
    },
    180_000,
  );

  it('allows the same DOM global outside lib/', async () => {
    const file = resolve('utils', `__lint-probe-${process.pid}.ts`);
    writeFileSync(file, 'export const title = () => document.title;\n');
    try {
      const [result] = await new ESLint().lintFiles([file]);
      expect(result?.messages.map((m) => m.ruleId)).not.toContain('no-restricted-globals');
    } finally {
      unlinkSync(file);
    }
  }, 180_000);
});
