import type { ArticleSummary } from './messages';

/**
 * The explore page's picture of the corpus, as pure data: Ukraine at the centre, one edge per
 * partner country named together with Ukraine, weighted by its articles and labelled with their
 * most frequent topics; and a timeline of the articles by date (undated ones kept apart).
 */

/** Gazetteer country ids are ISO 3166-1 alpha-2 codes; officials have lower-case ids. */
const COUNTRY_ID = /^[A-Z]{2}$/;

/** Countries the corpus names as aggressors, never as partners: drawing them as cooperation would mislead. */
export const NOT_PARTNERS: readonly string[] = ['RU', 'BY'];

export type CountedId = { id: string; count: number };

/** One UA–country edge: the articles naming both, their most frequent topics and the country's officials. */
export type PartnerEdge = {
  country: string;
  /** Article ids, newest first, undated last. */
  articleIds: string[];
  weight: number;
  /** Most frequent topics of the edge's articles (ties: rarer in the corpus first, then id). */
  topics: CountedId[];
  /** Officials of this country named in the edge's articles, most frequent first. */
  officials: CountedId[];
};

export type CorpusGraph = {
  centre: string;
  /** Articles that involve the centre country (it or one of its officials is named). */
  centreArticleIds: string[];
  centreOfficials: CountedId[];
  centreTopics: CountedId[];
  /** Heaviest first, then by country id. */
  partners: PartnerEdge[];
  /** Countries named with the centre that are not drawn as partners (e.g. Russia), with their counts. */
  leftOut: CountedId[];
};

export type CorpusGraphOptions = {
  centre?: string;
  /** The country each official serves ("takaichi" -> "JP"): naming an official involves the country. */
  officialCountry?: Readonly<Record<string, string>>;
  notPartners?: readonly string[];
  /** Topics kept per edge. */
  maxTopics?: number;
};

/** The article order used in every list: newest first, undated last, then by id. */
export function compareArticles(a: ArticleSummary, b: ArticleSummary): number {
  const da = dayOf(a.date);
  const db = dayOf(b.date);
  if (da !== db) {
    if (da === null) return 1;
    if (db === null) return -1;
    return db - da;
  }
  // Same day: a time of day orders them; undated (or invalid) dates fall through to the id.
  if (da !== null && a.date !== b.date) return (b.date ?? '') < (a.date ?? '') ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Builds the cooperation graph: deterministic for a given set of articles, whatever their order. */
export function buildCorpusGraph(
  articles: readonly ArticleSummary[],
  { centre = 'UA', officialCountry = {}, notPartners = NOT_PARTNERS, maxTopics = 3 }: CorpusGraphOptions = {},
): CorpusGraph {
  const sorted = [...articles].sort(compareArticles);
  const topicFrequency = new Map<string, number>();
  for (const article of sorted) for (const topic of new Set(article.topics)) increment(topicFrequency, topic);

  const centreIds: string[] = [];
  const centreTopics = new Map<string, number>();
  const centreOfficials = new Map<string, number>();
  const edges = new Map<string, { ids: string[]; topics: Map<string, number>; officials: Map<string, number> }>();
  const leftOut = new Map<string, number>();
  const excluded = new Set(notPartners);

  for (const article of sorted) {
    // The countries an article involves: the ones it names and those of the officials it names.
    const countries = new Set<string>();
    const officialsByCountry = new Map<string, Set<string>>();
    for (const id of article.entities) {
      if (COUNTRY_ID.test(id)) {
        countries.add(id);
        continue;
      }
      const country = officialCountry[id];
      if (!country) continue;
      countries.add(country);
      if (!officialsByCountry.has(country)) officialsByCountry.set(country, new Set());
      officialsByCountry.get(country)!.add(id);
    }
    if (!countries.has(centre)) continue;
    centreIds.push(article.id);
    for (const topic of new Set(article.topics)) increment(centreTopics, topic);
    for (const official of officialsByCountry.get(centre) ?? []) increment(centreOfficials, official);
    for (const country of countries) {
      if (country === centre) continue;
      if (excluded.has(country)) {
        increment(leftOut, country);
        continue;
      }
      let edge = edges.get(country);
      if (!edge) edges.set(country, (edge = { ids: [], topics: new Map(), officials: new Map() }));
      edge.ids.push(article.id);
      for (const topic of new Set(article.topics)) increment(edge.topics, topic);
      for (const official of officialsByCountry.get(country) ?? []) increment(edge.officials, official);
    }
  }

  const rankTopics = (counts: Map<string, number>): CountedId[] =>
    [...counts]
      .map(([id, count]) => ({ id, count }))
      .sort(
        (a, b) =>
          b.count - a.count ||
          (topicFrequency.get(a.id) ?? 0) - (topicFrequency.get(b.id) ?? 0) ||
          compareIds(a.id, b.id),
      )
      .slice(0, maxTopics);

  const partners: PartnerEdge[] = [...edges]
    .map(([country, edge]) => ({
      country,
      articleIds: edge.ids,
      weight: edge.ids.length,
      topics: rankTopics(edge.topics),
      officials: rankCounts(edge.officials),
    }))
    .sort((a, b) => b.weight - a.weight || compareIds(a.country, b.country));

  return {
    centre,
    centreArticleIds: centreIds,
    centreOfficials: rankCounts(centreOfficials),
    centreTopics: rankTopics(centreTopics),
    partners,
    leftOut: rankCounts(leftOut),
  };
}

// ---------------------------------------------------------------------------------------------
// Graph layout

export type Point = { x: number; y: number };
export type Box = { x: number; y: number; width: number; height: number };

/** One drawn partner: a country, or every country past the cap gathered into one node. */
export type PartnerNode = {
  /** The country id, or OTHERS_ID for the aggregate. */
  id: string;
  countries: string[];
  weight: number;
  articleIds: string[];
  topics: CountedId[];
  centre: Point;
  radius: number;
  /** The edge from the centre node's rim to this node's rim. */
  edge: { from: Point; to: Point; width: number };
  label: { x: number; y: number; anchor: 'start' | 'middle' | 'end'; text: string; box: Box };
  /** The topic label on the edge, when it fits without overlapping anything. */
  pill: { box: Box; lines: string[] } | null;
};

export type GraphLayout = {
  width: number;
  height: number;
  centre: { id: string; centre: Point; radius: number };
  nodes: PartnerNode[];
};

export const OTHERS_ID = '*others';

export type GraphLayoutOptions = {
  width?: number;
  height?: number;
  /** Nodes drawn at most; past this the lightest countries become one "others" node. */
  maxNodes?: number;
  /** Edges whose topics are written on them, heaviest first. */
  maxPills?: number;
  /** Topic lines per pill. */
  pillTopics?: number;
  nameOf: (country: string) => string;
  topicLabelOf: (topic: string) => string;
  /** The label of the aggregate node ("Other countries"), given how many it holds. */
  othersLabel: (count: number) => string;
};

const LABEL_FONT = 13;
const PILL_FONT = 11;
const PILL_LINE = 14;
const MAX_PILL_CHARS = 24;

/** A conservative width estimate for system-ui text (no layout engine in lib/). */
export function textWidth(text: string, fontSize: number): number {
  return [...text].length * fontSize * 0.6;
}

/** Shortens a label to `max` characters with an ellipsis. */
export function clip(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max
    ? text
    : `${chars
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`;
}

/**
 * A radial layout: the centre in the middle, partners on an ellipse clockwise from the top,
 * heaviest first; node size and edge width grow with the number of articles. Pure and
 * deterministic, so the same corpus always draws the same picture.
 */
export function layoutCooperationGraph(
  graph: CorpusGraph,
  {
    width = 920,
    height = 600,
    maxNodes = 18,
    maxPills = 10,
    pillTopics = 2,
    nameOf,
    topicLabelOf,
    othersLabel,
  }: GraphLayoutOptions,
): GraphLayout {
  const shown = graph.partners.length > maxNodes ? graph.partners.slice(0, maxNodes - 1) : graph.partners;
  const rest = graph.partners.slice(shown.length);
  const entries = shown.map((p) => ({
    id: p.country,
    countries: [p.country],
    weight: p.weight,
    articleIds: p.articleIds,
    topics: p.topics,
    text: nameOf(p.country),
  }));
  if (rest.length > 0) {
    const ids = new Set(rest.flatMap((p) => p.articleIds));
    const articleIds = graph.centreArticleIds.filter((id) => ids.has(id));
    entries.push({
      id: OTHERS_ID,
      countries: rest.map((p) => p.country),
      weight: articleIds.length,
      articleIds,
      topics: [],
      text: othersLabel(rest.length),
    });
  }

  const cx = width / 2;
  const cy = height / 2;
  const centreRadius = 38;
  const maxWeight = Math.max(1, ...entries.map((e) => e.weight));
  const widest = Math.max(0, ...entries.map((e) => textWidth(e.text, LABEL_FONT)));
  // Room for labels left and right of the ellipse, and one line above and below it.
  const rx = Math.max(140, cx - Math.min(widest, 170) - 40);
  const ry = Math.max(120, cy - 52);
  const n = entries.length;
  const start = n === 2 ? 0 : -Math.PI / 2;

  const taken: Box[] = [box(cx - centreRadius, cy - centreRadius, centreRadius * 2, centreRadius * 2)];
  const nodes: PartnerNode[] = entries.map((entry, i) => {
    const angle = start + (2 * Math.PI * i) / Math.max(1, n);
    const cos = round(Math.cos(angle));
    const sin = round(Math.sin(angle));
    const centre = { x: round(cx + rx * cos), y: round(cy + ry * sin) };
    const radius = round(13 + 13 * Math.sqrt(entry.weight / maxWeight));
    const direction = unit(centre.x - cx, centre.y - cy);
    const edge = {
      from: { x: round(cx + direction.x * centreRadius), y: round(cy + direction.y * centreRadius) },
      to: { x: round(centre.x - direction.x * radius), y: round(centre.y - direction.y * radius) },
      width: round(2 + 8 * (entry.weight / maxWeight)),
    };
    const anchor: 'start' | 'middle' | 'end' = cos > 0.25 ? 'start' : cos < -0.25 ? 'end' : 'middle';
    const gap = radius + 8;
    const lx = round(centre.x + (anchor === 'middle' ? 0 : Math.sign(cos) * gap));
    const ly = round(
      anchor === 'middle'
        ? centre.y + Math.sign(sin || 1) * (gap + 4) + LABEL_FONT * 0.35
        : centre.y + LABEL_FONT * 0.35,
    );
    const text = clip(entry.text, 28);
    const w = textWidth(text, LABEL_FONT);
    const labelBox = box(
      anchor === 'start' ? lx : anchor === 'end' ? lx - w : lx - w / 2,
      ly - LABEL_FONT,
      w,
      LABEL_FONT + 4,
    );
    taken.push(box(centre.x - radius, centre.y - radius, radius * 2, radius * 2), labelBox);
    return {
      id: entry.id,
      countries: entry.countries,
      weight: entry.weight,
      articleIds: entry.articleIds,
      topics: entry.topics,
      centre,
      radius,
      edge,
      label: { x: lx, y: ly, anchor, text, box: labelBox },
      pill: null,
    };
  });

  // Pills, heaviest edge first: the first position along the edge that overlaps nothing drawn
  // and crosses no other edge (a label touching two lines would be read as either's).
  const frame = box(0, 0, width, height);
  let pills = 0;
  for (const node of nodes) {
    const otherEdges = nodes.filter((other) => other !== node).map((other) => other.edge);
    if (pills >= maxPills) break;
    const lines = node.topics.slice(0, pillTopics).map((t) => clip(topicLabelOf(t.id), MAX_PILL_CHARS));
    if (lines.length === 0) continue;
    const w = Math.max(...lines.map((line) => textWidth(line, PILL_FONT))) + 12;
    const h = lines.length * PILL_LINE + 6;
    for (const t of [0.5, 0.62, 0.38, 0.72, 0.28]) {
      const px = node.edge.from.x + (node.edge.to.x - node.edge.from.x) * t;
      const py = node.edge.from.y + (node.edge.to.y - node.edge.from.y) * t;
      const candidate = box(round(px - w / 2), round(py - h / 2), round(w), h);
      if (!inside(candidate, frame) || taken.some((other) => overlaps(candidate, other, 3))) continue;
      if (otherEdges.some((edge) => crosses(edge.from, edge.to, grow(candidate, edge.width / 2 + 2)))) continue;
      node.pill = { box: candidate, lines };
      taken.push(candidate);
      pills++;
      break;
    }
  }

  return { width, height, centre: { id: graph.centre, centre: { x: cx, y: cy }, radius: centreRadius }, nodes };
}

// ---------------------------------------------------------------------------------------------
// Timeline

export type TimeUnit = 'day' | 'month' | 'year';

export type TimelineMark = {
  /** "2025-06-10", "2025-06" or "2025". */
  key: string;
  unit: TimeUnit;
  /** First day of the bin, ISO yyyy-mm-dd. */
  start: string;
  /** Last day of the bin, ISO yyyy-mm-dd. */
  end: string;
  articleIds: string[];
  x: number;
  y: number;
  width: number;
  height: number;
};

export type TimelineTick = { x: number; date: string; unit: TimeUnit };

export type TimelineLayout = {
  width: number;
  height: number;
  unit: TimeUnit;
  axis: { x1: number; x2: number; y: number };
  marks: TimelineMark[];
  ticks: TimelineTick[];
  /** Articles without a (valid) date: listed apart, never placed on the axis. */
  undated: string[];
};

export type TimelineOptions = {
  width?: number;
  height?: number;
  /** Marks at most: past this the bins grow (day, then month, then year). */
  maxMarks?: number;
  /** Narrowest mark, and the least distance between neighbouring marks, in px. */
  minMarkWidth?: number;
  maxTicks?: number;
};

const DAY_MS = 86_400_000;

/** The day number (days since 1970-01-01, UTC) of an ISO date or datetime; null when absent or invalid. */
export function dayOf(date: string | null): number | null {
  if (!date) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  if (!match) return null;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(y, m - 1, d);
  const back = new Date(ms);
  // Rejects 2025-02-30 and the like instead of rolling it over into March.
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== m - 1 || back.getUTCDate() !== d) return null;
  return ms / DAY_MS;
}

/** The ISO date of a day number. */
export function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

function binOf(day: number, unit: TimeUnit): { key: string; first: number; last: number } {
  const date = new Date(day * DAY_MS);
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth();
  if (unit === 'day') return { key: isoDay(day), first: day, last: day };
  if (unit === 'month') {
    return {
      key: isoDay(day).slice(0, 7),
      first: Date.UTC(y, m, 1) / DAY_MS,
      last: Date.UTC(y, m + 1, 1) / DAY_MS - 1,
    };
  }
  return { key: String(y), first: Date.UTC(y, 0, 1) / DAY_MS, last: Date.UTC(y + 1, 0, 1) / DAY_MS - 1 };
}

/**
 * The timeline: dated articles grouped into marks on a time axis, by day when the marks fit
 * apart, else by month, else by year; undated articles listed apart. Positions in px.
 */
export function layoutTimeline(
  articles: readonly ArticleSummary[],
  { width = 920, height = 150, maxMarks = 72, minMarkWidth = 10, maxTicks = 8 }: TimelineOptions = {},
): TimelineLayout {
  const sorted = [...articles].sort(compareArticles);
  const undated: string[] = [];
  const dated: Array<{ id: string; day: number }> = [];
  for (const article of sorted) {
    const day = dayOf(article.date);
    if (day === null) undated.push(article.id);
    else dated.push({ id: article.id, day });
  }
  const axis = { x1: 24, x2: width - 24, y: height - 34 };
  const empty = { width, height, axis, marks: [], ticks: [], undated };
  if (dated.length === 0) return { ...empty, unit: 'day' };

  const units: TimeUnit[] = ['day', 'month', 'year'];
  for (const [index, unit] of units.entries()) {
    const bins = new Map<string, { first: number; last: number; ids: string[] }>();
    for (const { id, day } of dated) {
      const bin = binOf(day, unit);
      let entry = bins.get(bin.key);
      if (!entry) bins.set(bin.key, (entry = { first: bin.first, last: bin.last, ids: [] }));
      entry.ids.push(id);
    }
    const ordered = [...bins].sort((a, b) => a[1].first - b[1].first);
    const first = ordered[0]![1].first;
    const last = ordered[ordered.length - 1]![1].last + 1;
    // A little room either side, at least a fortnight, so a lone mark is not on the axis's end.
    const pad = Math.max(14, (last - first) * 0.04);
    const from = first - pad;
    const to = last + pad;
    const scale = (day: number) => round(axis.x1 + ((day - from) / (to - from)) * (axis.x2 - axis.x1));
    const centres = ordered.map(([, bin]) => (bin.first + bin.last + 1) / 2);
    const closest = centres.slice(1).reduce((min, c, i) => Math.min(min, scale(c) - scale(centres[i]!)), Infinity);
    const isLast = index === units.length - 1;
    if (!isLast && (ordered.length > maxMarks || closest < minMarkWidth + 2)) continue;

    const maxCount = Math.max(...ordered.map(([, bin]) => bin.ids.length));
    const barRoom = axis.y - 18;
    const markWidth = round(Math.max(minMarkWidth, Math.min(18, Number.isFinite(closest) ? closest * 0.7 : 18)));
    const marks: TimelineMark[] = ordered.map(([key, bin], i) => {
      const h = round(12 + (barRoom - 12) * (bin.ids.length / maxCount));
      return {
        key,
        unit,
        start: isoDay(bin.first),
        end: isoDay(bin.last),
        articleIds: bin.ids,
        x: round(scale(centres[i]!) - markWidth / 2),
        y: round(axis.y - h),
        width: markWidth,
        height: h,
      };
    });
    return { width, height, unit, axis, marks, ticks: ticksFor(from, to, scale, maxTicks), undated };
  }
  /* c8 ignore next */
  return { ...empty, unit: 'year' };
}

/** Ticks at whole days, months or years, as few steps as keep their count under `maxTicks`. */
function ticksFor(from: number, to: number, scale: (day: number) => number, maxTicks: number): TimelineTick[] {
  const span = to - from;
  const steps: Array<{ unit: TimeUnit; every: number }> = [
    { unit: 'day', every: 1 },
    { unit: 'day', every: 7 },
    { unit: 'month', every: 1 },
    { unit: 'month', every: 2 },
    { unit: 'month', every: 3 },
    { unit: 'month', every: 6 },
    { unit: 'year', every: 1 },
    { unit: 'year', every: 2 },
    { unit: 'year', every: 5 },
    { unit: 'year', every: 10 },
  ];
  const approx = { day: 1, month: 30.44, year: 365.25 };
  const step = steps.find((s) => span / (approx[s.unit] * s.every) <= maxTicks) ?? steps[steps.length - 1]!;
  const ticks: TimelineTick[] = [];
  const start = new Date(Math.ceil(from) * DAY_MS);
  let y = start.getUTCFullYear();
  let m = start.getUTCMonth();
  let d = start.getUTCDate();
  if (step.unit === 'month') {
    if (d > 1) m++;
    d = 1;
    m = Math.ceil(m / step.every) * step.every;
  } else if (step.unit === 'year') {
    if (m > 0 || d > 1) y++;
    m = 0;
    d = 1;
    y = Math.ceil(y / step.every) * step.every;
  }
  for (let guard = 0; guard < 200; guard++) {
    const day = Date.UTC(y, m, d) / DAY_MS;
    if (day > to) break;
    if (day >= from) ticks.push({ x: scale(day), date: isoDay(day), unit: step.unit });
    if (step.unit === 'day') d += step.every;
    else if (step.unit === 'month') m += step.every;
    else y += step.every;
  }
  return ticks;
}

// ---------------------------------------------------------------------------------------------
// Links to the search page

export type SearchLink = { country?: string; official?: string; topic?: string; from?: string; to?: string };

/** The search page's address filtered on a country, official, topic or date range. */
export function searchPageHref(filters: SearchLink): string {
  const params = new URLSearchParams();
  for (const key of ['country', 'official', 'topic', 'from', 'to'] as const) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  const query = params.toString();
  return `/search.html${query ? `?${query}` : ''}`;
}

// ---------------------------------------------------------------------------------------------
// Helpers

function increment(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

function rankCounts(counts: Map<string, number>): CountedId[] {
  return [...counts].map(([id, count]) => ({ id, count })).sort((a, b) => b.count - a.count || compareIds(a.id, b.id));
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

function unit(dx: number, dy: number): Point {
  const length = Math.hypot(dx, dy) || 1;
  return { x: dx / length, y: dy / length };
}

function box(x: number, y: number, width: number, height: number): Box {
  return { x, y, width, height };
}

/** True when two boxes, each grown by `margin`, intersect. */
export function overlaps(a: Box, b: Box, margin = 0): boolean {
  return (
    a.x - margin < b.x + b.width &&
    b.x - margin < a.x + a.width &&
    a.y - margin < b.y + b.height &&
    b.y - margin < a.y + a.height
  );
}

function grow(b: Box, by: number): Box {
  return box(b.x - by, b.y - by, b.width + 2 * by, b.height + 2 * by);
}

/** True when the segment from `a` to `b` passes through the box (Liang–Barsky clipping). */
export function crosses(a: Point, b: Point, target: Box): boolean {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  let low = 0;
  let high = 1;
  const sides: Array<[number, number]> = [
    [-dx, a.x - target.x],
    [dx, target.x + target.width - a.x],
    [-dy, a.y - target.y],
    [dy, target.y + target.height - a.y],
  ];
  for (const [p, q] of sides) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) low = Math.max(low, t);
    else high = Math.min(high, t);
    if (low > high) return false;
  }
  return true;
}

function inside(inner: Box, outer: Box): boolean {
  return (
    inner.x >= outer.x &&
    inner.y >= outer.y &&
    inner.x + inner.width <= outer.x + outer.width &&
    inner.y + inner.height <= outer.y + outer.height
  );
}
