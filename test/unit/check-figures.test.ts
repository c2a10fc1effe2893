import { describe, expect, it } from 'vitest';
import { vitestFailures } from '../../scripts/check-figures';

const report = (testResults: Parameters<typeof vitestFailures>[0]['testResults']) => ({
  numTotalTests: 0,
  numPassedTests: 0,
  numFailedTests: 0,
  numPendingTests: 0,
  numTodoTests: 0,
  testResults,
});

describe('vitestFailures', () => {
  it('names each failed test with the first line of its error', () => {
    const lines = vitestFailures(
      report([
        {
          name: `${process.cwd()}/test/e2e/popup.test.ts`,
          assertionResults: [
            { fullName: 'popup lists names', status: 'passed' },
            {
              fullName: 'popup searches',
              status: 'failed',
              failureMessages: ['\nAssertionError: expected 2 to be 3\n    at popup.test.ts:10'],
            },
          ],
        },
      ]),
    );
    expect(lines).toEqual(['failed test/e2e/popup.test.ts › popup searches: AssertionError: expected 2 to be 3']);
  });

  it('names a file that failed before any test ran, and cuts long messages', () => {
    const [line] = vitestFailures(
      report([
        { name: `${process.cwd()}/test/e2e/a.test.ts`, message: `Error: ${'x'.repeat(500)}`, assertionResults: [] },
      ]),
    );
    expect(line?.startsWith('failed test/e2e/a.test.ts: Error: xxx')).toBe(true);
    expect(line?.endsWith('…')).toBe(true);
    expect(line!.length).toBeLessThan(300);
  });

  it('says nothing when every test passed', () => {
    expect(vitestFailures(report([{ name: 'x', assertionResults: [{ fullName: 'ok', status: 'passed' }] }]))).toEqual(
      [],
    );
  });
});
