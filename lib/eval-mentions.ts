import { z } from 'zod';
import type { Mention } from './gazetteer-schema';

/**
 * One expected mention: by offsets, or by text (the next occurrence after the previous one).
 * Text may carry context with the mention in brackets: "Anatole France wrote; [France] said".
 */
export type ExpectedMention = {
  entity: string;
  text: string;
  start?: number;
  end?: number;
  kind?: Mention['kind'];
};

/** One labelled row of the evaluation set. */
export type EvalRow = {
  id: string;
  lang: string;
  rule: string;
  text: string;
  expected: ExpectedMention[];
};

export type Counts = {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
};

export type MentionError = {
  row: string;
  rule: string;
  lang: string;
  entity: string;
  kind: Mention['kind'];
  text: string;
  start: number;
  context: string;
};

export type EvalReport = {
  overall: Counts;
  byLang: Record<string, Counts>;
  byEntity: Record<string, Counts>;
  misses: MentionError[];
  falseAlarms: MentionError[];
};

type Placed = {
  entity: string;
  start: number;
  end: number;
  kind: Mention['kind'];
};

/** Resolves text-only expectations to offsets, in order; throws when a text is not in the row. */
export function placeExpected(row: EvalRow): Placed[] {
  let from = 0;
  return row.expected.map((item) => {
    const open = item.text.indexOf('[');
    const close = item.text.indexOf(']');
    const hasContext = open >= 0 && close > open;
    const core = hasContext ? item.text.slice(open + 1, close) : item.text;
    let start = item.start;
    if (start === undefined) {
      const plain = hasContext ? item.text.slice(0, open) + core + item.text.slice(close + 1) : item.text;
      const at = row.text.indexOf(plain, from);
      if (at < 0) throw new Error(`${row.id}: "${plain}" not found after offset ${from}`);
      start = at + (hasContext ? open : 0);
    }
    const end = item.end ?? start + core.length;
    if (row.text.slice(start, end) !== core) throw new Error(`${row.id}: offsets ${start}-${end} are not "${core}"`);
    from = end;
    return { entity: item.entity, start, end, kind: item.kind ?? 'name' };
  });
}

function counts(tp: number, fp: number, fn: number): Counts {
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp, fp, fn, precision, recall, f1 };
}

const key = (m: Placed) => `${m.entity}|${m.start}|${m.end}|${m.kind}`;

/** Scores `findMentions` on the rows: a hit needs the same entity, span and kind. */
export function evaluateMentions(rows: EvalRow[], findMentions: (text: string) => Mention[]): EvalReport {
  const tallies = new Map<string, { tp: number; fp: number; fn: number }>();
  const bump = (name: string, field: 'tp' | 'fp' | 'fn') => {
    const t = tallies.get(name) ?? { tp: 0, fp: 0, fn: 0 };
    t[field]++;
    tallies.set(name, t);
  };
  const misses: MentionError[] = [];
  const falseAlarms: MentionError[] = [];
  const describe = (row: EvalRow, m: Placed): MentionError => ({
    row: row.id,
    rule: row.rule,
    lang: row.lang,
    entity: m.entity,
    kind: m.kind,
    text: row.text.slice(m.start, m.end),
    start: m.start,
    context: row.text.slice(Math.max(0, m.start - 30), m.end + 30).replace(/\s+/g, ' '),
  });
  for (const row of rows) {
    const expected = new Map(placeExpected(row).map((m) => [key(m), m]));
    const found = new Map(findMentions(row.text).map((m) => [key(m), m]));
    for (const [k, m] of found) {
      const field = expected.has(k) ? 'tp' : 'fp';
      for (const name of ['all', `lang:${row.lang}`, `entity:${m.entity}`]) bump(name, field);
      if (field === 'fp') falseAlarms.push(describe(row, m));
    }
    for (const [k, m] of expected) {
      if (found.has(k)) continue;
      for (const name of ['all', `lang:${row.lang}`, `entity:${m.entity}`]) bump(name, 'fn');
      misses.push(describe(row, m));
    }
  }
  const pick = (prefix: string) =>
    Object.fromEntries(
      [...tallies]
        .filter(([name]) => name.startsWith(prefix))
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([name, t]) => [name.slice(prefix.length), counts(t.tp, t.fp, t.fn)]),
    );
  const all = tallies.get('all') ?? { tp: 0, fp: 0, fn: 0 };
  return {
    overall: counts(all.tp, all.fp, all.fn),
    byLang: pick('lang:'),
    byEntity: pick('entity:'),
    misses,
    falseAlarms,
  };
}

/** The report as text: tables per language and entity, then every miss and false alarm. */
export function formatReport(report: EvalReport): string {
  const pct = (x: number) => x.toFixed(3);
  const line = (name: string, c: Counts) =>
    `${name.padEnd(12)} P ${pct(c.precision)}  R ${pct(c.recall)}  F1 ${pct(c.f1)}  (tp ${c.tp}, fp ${c.fp}, fn ${c.fn})`;
  const out = [line('overall', report.overall), '', 'by language'];
  for (const [name, c] of Object.entries(report.byLang)) out.push(line(name, c));
  out.push('', 'by entity');
  for (const [name, c] of Object.entries(report.byEntity)) out.push(line(name, c));
  out.push('', `misses (${report.misses.length})`);
  for (const m of report.misses) out.push(`  ${m.row} [${m.rule}] ${m.entity} ${m.kind} "${m.text}" …${m.context}…`);
  out.push('', `false alarms (${report.falseAlarms.length})`);
  for (const m of report.falseAlarms)
    out.push(`  ${m.row} [${m.rule}] ${m.entity} ${m.kind} "${m.text}" …${m.context}…`);
  return out.join('\n');
}

const ExpectedSchema = z.object({
  entity: z.string().min(1),
  text: z.string().min(1),
  start: z.number().int().nonnegative().optional(),
  end: z.number().int().nonnegative().optional(),
  kind: z.enum(['name', 'adjective']).optional(),
});

/** One line of test/fixtures/mentions/*.jsonl: a text inline, or a file (seed texts in data/raw/). */
export const EvalLineSchema = z
  .object({
    lang: z.string().min(2),
    rule: z.string().min(1),
    text: z.string().optional(),
    file: z.string().optional(),
    expected: z.array(ExpectedSchema),
  })
  .refine((line) => (line.text === undefined) !== (line.file === undefined), 'give either text or file');

/** Parses a JSONL evaluation file; `readText` loads `file` rows (paths relative to the repo). */
export function parseEvalRows(jsonl: string, source: string, readText: (path: string) => string): EvalRow[] {
  const rows: EvalRow[] = [];
  jsonl.split('\n').forEach((line, index) => {
    if (!line.trim()) return;
    const id = `${source}:${index + 1}`;
    const parsed = EvalLineSchema.safeParse(JSON.parse(line));
    if (!parsed.success) throw new Error(`${id}: ${parsed.error.issues[0]?.message ?? 'invalid row'}`);
    const { lang, rule, text, file, expected } = parsed.data;
    rows.push({ id, lang, rule, text: text ?? readText(file ?? ''), expected });
  });
  return rows;
}
