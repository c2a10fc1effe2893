/**
 * Scores the matcher on the held-out set, test/fixtures/mentions/heldout.jsonl (sentences written
 * without looking at the gazetteer or the rules): `npx tsx scripts/eval-heldout.ts [FILE]`.
 * Prints P/R/F1 overall, per kind (name / adjective), per language and kind, per entity, then every
 * miss and false alarm. Rows whose rule starts with "debatable:" carry a label one could argue
 * either way; the figures are printed with and without them.
 * Not part of `npm run eval` (that set is the author's own); test/unit/heldout-eval.test.ts holds
 * the floors.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  EvalLineSchema,
  evaluateMentions,
  formatReport,
  type Counts,
  type EvalReport,
  type EvalRow,
} from '../lib/eval-mentions';
import { findMentions } from '../lib/find-mentions';
import type { Mention } from '../lib/gazetteer-schema';

const repo = fileURLToPath(new URL('../', import.meta.url));
export const HELDOUT_FILE = `${repo}test/fixtures/mentions/heldout.jsonl`;

type Kind = Mention['kind'];
const KINDS: Kind[] = ['name', 'adjective'];

/** The rows of a held-out JSONL file, keeping each row's own "id". */
export function loadHeldoutRows(path = HELDOUT_FILE): EvalRow[] {
  const rows: EvalRow[] = [];
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((line, index) => {
      if (!line.trim()) return;
      const raw = JSON.parse(line) as { id?: unknown };
      const parsed = EvalLineSchema.safeParse(raw);
      const id = typeof raw.id === 'string' ? raw.id : `heldout.jsonl:${index + 1}`;
      if (!parsed.success || parsed.data.text === undefined) throw new Error(`${id}: invalid row`);
      const { lang, rule, text, expected } = parsed.data;
      rows.push({ id, lang, rule, text, expected });
    });
  return rows;
}

export const isDebatable = (row: EvalRow) => row.rule.startsWith('debatable:');

/** The report restricted to one kind of mention (expected and found alike). */
export function evaluateKind(
  rows: EvalRow[],
  kind: Kind,
  find: (text: string) => Mention[] = findMentions,
): EvalReport {
  const only = rows.map((row) => ({
    ...row,
    expected: row.expected.filter((e) => (e.kind ?? 'name') === kind),
  }));
  return evaluateMentions(only, (text) => find(text).filter((m) => m.kind === kind));
}

export type HeldoutFigures = {
  all: Counts;
  byKind: Record<Kind, Counts>;
  byLangKind: Record<string, Record<Kind, Counts>>;
};

/** Overall, per-kind and per-language-and-kind figures. */
export function heldoutFigures(rows: EvalRow[]): HeldoutFigures {
  const all = evaluateMentions(rows, findMentions).overall;
  const byKind = {} as Record<Kind, Counts>;
  const byLangKind: Record<string, Record<Kind, Counts>> = {};
  for (const kind of KINDS) {
    const report = evaluateKind(rows, kind);
    byKind[kind] = report.overall;
    for (const [lang, c] of Object.entries(report.byLang)) {
      byLangKind[lang] ??= {} as Record<Kind, Counts>;
      byLangKind[lang][kind] = c;
    }
  }
  return { all, byKind, byLangKind };
}

const pct = (x: number) => x.toFixed(3);
const line = (name: string, c: Counts | undefined) =>
  c
    ? `${name.padEnd(22)} P ${pct(c.precision)}  R ${pct(c.recall)}  F1 ${pct(c.f1)}  (tp ${c.tp}, fp ${c.fp}, fn ${c.fn})`
    : `${name.padEnd(22)} -`;

function summary(title: string, rows: EvalRow[]): string {
  const f = heldoutFigures(rows);
  const out = [`== ${title} (${rows.length} rows)`, line('overall', f.all)];
  for (const kind of KINDS) out.push(line(`kind ${kind}`, f.byKind[kind]));
  for (const lang of Object.keys(f.byLangKind).sort())
    for (const kind of KINDS) out.push(line(`${lang} ${kind}`, f.byLangKind[lang]?.[kind]));
  return out.join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    const rows = loadHeldoutRows(process.argv[2] ?? HELDOUT_FILE);
    console.log(summary('held-out, all rows', rows));
    console.log('');
    console.log(
      summary(
        'held-out, without debatable rows',
        rows.filter((row) => !isDebatable(row)),
      ),
    );
    console.log('');
    console.log('== full report, all rows, both kinds (a hit needs entity, span and kind)');
    console.log(formatReport(evaluateMentions(rows, findMentions)));
  } catch (error) {
    console.error(`eval-heldout: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
