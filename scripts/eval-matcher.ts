/** Scores the matcher on test/fixtures/mentions/*.jsonl: `npm run eval`. Exit 1 below target. */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { evaluateMentions, formatReport, parseEvalRows, type EvalRow } from '../lib/eval-mentions';
import { findMentions } from '../lib/find-mentions';

const repo = fileURLToPath(new URL('../', import.meta.url));
const fixtures = `${repo}test/fixtures/mentions/`;

/**
 * The held-out set (sentences written without looking at the rules) is scored apart, by
 * scripts/eval-heldout.ts, with its own floors in test/unit/heldout-eval.test.ts.
 */
export const HELDOUT_FIXTURE = 'heldout.jsonl';

/** Every labelled row of the evaluation set (the author's rules and seeds, not the held-out set). */
export function loadEvalRows(): EvalRow[] {
  const readText = (path: string) => readFileSync(`${repo}${path}`, 'utf8');
  return readdirSync(fixtures)
    .filter((name) => name.endsWith('.jsonl') && name !== HELDOUT_FIXTURE)
    .sort()
    .flatMap((name) => parseEvalRows(readFileSync(`${fixtures}${name}`, 'utf8'), name, readText));
}

export const TARGET = { precision: 0.98, recall: 0.97 };

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    const report = evaluateMentions(loadEvalRows(), findMentions);
    console.log(formatReport(report));
    const { precision, recall } = report.overall;
    if (precision < TARGET.precision || recall < TARGET.recall) {
      console.error(
        `below target: P ${precision.toFixed(3)} (>= ${TARGET.precision}), R ${recall.toFixed(3)} (>= ${TARGET.recall})`,
      );
      process.exit(1);
    }
  } catch (error) {
    console.error(`eval-matcher: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
