import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  buildCorpusGraph,
  crosses,
  layoutCooperationGraph,
  layoutTimeline,
  overlaps,
  OTHERS_ID,
  searchPageHref,
  type Box,
  type GraphLayout,
} from '../../lib/corpus-graph';
import { articleCount, formatPeriod } from '../../lib/explore-text';
import type { ArticleSummary } from '../../lib/messages';
import { synthCorpus } from '../../lib/synth-corpus';
import { TopicLexiconSchema } from '../../lib/topic-schema';

const lexicon = TopicLexiconSchema.parse(
  JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'data', 'topics.json'), 'utf8')),
);
const officialCountry = { zelensky: 'UA', umerov: 'UA', takaichi: 'JP', budrys: 'LT', lecornu: 'FR' };

function summary(id: string, entities: string[], topics: string[] = [], date: string | null = null): ArticleSummary {
  return { id, title: `Title ${id}`, date, lang: 'en', outlet: null, entities, topics, story: id, own: false };
}

const small = [
  summary('jp-1', ['UA', 'JP', 'RU'], ['drones', 'energy'], '2025-11-05T13:54'),
  summary('jp-2', ['zelensky', 'takaichi'], ['energy', 'diplomacy'], null),
  summary('jp-3', ['UA', 'JP'], ['energy', 'drones', 'air-defence'], '2025-11-05'),
  summary('lt-1', ['UA', 'LT', 'budrys', 'RU'], ['armour'], '2025-06-10'),
  summary('fr-1', ['FR', 'lecornu'], ['drones'], null),
  summary('bad-date', ['UA', 'FR'], ['financing'], '2025-02-30'),
];

function fromSynth(count: number): ArticleSummary[] {
  return synthCorpus({ articles: count, seed: 1, topics: lexicon }).articles.map((a) => ({
    id: a.id,
    title: a.title,
    date: a.date,
    lang: a.lang,
    outlet: a.outlet,
    entities: a.entities.map((e) => e.id),
    topics: a.topics,
    story: a.story,
    own: false,
  }));
}

const labelOptions = {
  nameOf: (id: string) => ({ JP: 'Japan', LT: 'Lithuania', FR: 'France', UA: 'Ukraine' })[id] ?? `Country ${id}`,
  topicLabelOf: (id: string) => lexicon.topics.find((t) => t.id === id)?.label.uk ?? id,
  othersLabel: (n: number) => `Other countries (${n})`,
};

describe('buildCorpusGraph', () => {
  const graph = buildCorpusGraph(small, { officialCountry });
  const edge = (country: string) => graph.partners.find((p) => p.country === country);

  it.each([
    ['JP', 3, ['jp-1', 'jp-3', 'jp-2']],
    ['LT', 1, ['lt-1']],
    ['FR', 1, ['bad-date']],
  ])('weighs the Ukraine–%s edge by its %i articles, newest first and undated last', (country, weight, ids) => {
    expect(edge(country)?.weight).toBe(weight);
    expect(edge(country)?.articleIds).toEqual(ids);
  });

  it('counts an article naming a Ukrainian official and a partner official as Ukraine–partner cooperation', () => {
    expect(edge('JP')?.articleIds).toContain('jp-2');
    expect(graph.centreOfficials).toEqual([{ id: 'zelensky', count: 1 }]);
  });

  it('leaves out an article that does not involve Ukraine', () => {
    expect(graph.centreArticleIds).not.toContain('fr-1');
    expect(edge('FR')?.articleIds).toEqual(['bad-date']);
  });

  it('does not draw Russia as a partner but reports how often it is named', () => {
    expect(edge('RU')).toBeUndefined();
    expect(graph.leftOut).toEqual([{ id: 'RU', count: 2 }]);
  });

  it('orders partners by weight, then by id', () => {
    expect(graph.partners.map((p) => p.country)).toEqual(['JP', 'FR', 'LT']);
  });

  it.each([
    [
      'JP',
      [
        { id: 'energy', count: 3 },
        { id: 'drones', count: 2 },
        { id: 'air-defence', count: 1 },
      ],
    ],
    ['LT', [{ id: 'armour', count: 1 }]],
  ])('labels the %s edge with its most frequent topics', (country, topics) => {
    expect(edge(country)?.topics).toEqual(topics);
  });

  it('breaks topic ties by rarity in the corpus, so the label says what sets the edge apart', () => {
    const tied = buildCorpusGraph(
      [summary('a', ['UA', 'JP'], ['drones', 'energy']), summary('b', ['UA', 'LT'], ['drones'])],
      { maxTopics: 1 },
    );
    expect(tied.partners.find((p) => p.country === 'JP')?.topics).toEqual([{ id: 'energy', count: 1 }]);
  });

  it('attaches officials to the country they serve', () => {
    expect(edge('JP')?.officials).toEqual([{ id: 'takaichi', count: 1 }]);
    expect(edge('LT')?.officials).toEqual([{ id: 'budrys', count: 1 }]);
  });

  it('is the same whatever order the articles come in', () => {
    expect(buildCorpusGraph([...small].reverse(), { officialCountry })).toEqual(graph);
  });

  it('is empty for an empty corpus', () => {
    expect(buildCorpusGraph([])).toMatchObject({ partners: [], centreArticleIds: [], leftOut: [] });
  });
});

function boxesOf(layout: GraphLayout): Array<{ name: string; box: Box }> {
  return layout.nodes.flatMap((node) => [
    {
      name: `${node.id} node`,
      box: {
        x: node.centre.x - node.radius,
        y: node.centre.y - node.radius,
        width: node.radius * 2,
        height: node.radius * 2,
      },
    },
    { name: `${node.id} label`, box: node.label.box },
    ...(node.pill ? [{ name: `${node.id} pill`, box: node.pill.box }] : []),
  ]);
}

describe('layoutCooperationGraph', () => {
  const synth = fromSynth(2000);
  const synthGraph = buildCorpusGraph(synth, { officialCountry });

  it.each([
    ['the small corpus', buildCorpusGraph(small, { officialCountry })],
    ['2,000 synthetic articles', synthGraph],
  ])('draws %s with no two nodes, labels or pills overlapping, all inside the frame', (_, graph) => {
    const layout = layoutCooperationGraph(graph, labelOptions);
    const boxes = boxesOf(layout);
    for (const [i, a] of boxes.entries()) {
      expect(a.box.x, a.name).toBeGreaterThanOrEqual(0);
      expect(a.box.y, a.name).toBeGreaterThanOrEqual(0);
      expect(a.box.x + a.box.width, a.name).toBeLessThanOrEqual(layout.width);
      expect(a.box.y + a.box.height, a.name).toBeLessThanOrEqual(layout.height);
      for (const b of boxes.slice(i + 1)) expect(overlaps(a.box, b.box), `${a.name} / ${b.name}`).toBe(false);
    }
  });

  it('puts a topic label only where it crosses no other edge', () => {
    const layout = layoutCooperationGraph(synthGraph, labelOptions);
    const pills = layout.nodes.filter((n) => n.pill);
    expect(pills.length).toBeGreaterThan(3);
    for (const node of pills) {
      for (const other of layout.nodes) {
        if (other !== node)
          expect(crosses(other.edge.from, other.edge.to, node.pill!.box), `${node.id} over ${other.id}`).toBe(false);
      }
    }
  });

  it('caps the drawing at 18 nodes and gathers the lightest countries into one node with their articles', () => {
    const layout = layoutCooperationGraph(synthGraph, labelOptions);
    expect(synthGraph.partners.length).toBeGreaterThan(18);
    expect(layout.nodes).toHaveLength(18);
    const others = layout.nodes.find((n) => n.id === OTHERS_ID)!;
    const gathered = synthGraph.partners.slice(17);
    expect(others.countries).toEqual(gathered.map((p) => p.country));
    expect(new Set(others.articleIds)).toEqual(new Set(gathered.flatMap((p) => p.articleIds)));
    expect(others.label.text).toBe(`Other countries (${gathered.length})`);
  });

  it('draws heavier edges wider and heavier nodes larger', () => {
    const layout = layoutCooperationGraph(buildCorpusGraph(small, { officialCountry }), labelOptions);
    const [jp, fr] = [layout.nodes.find((n) => n.id === 'JP')!, layout.nodes.find((n) => n.id === 'FR')!];
    expect(jp.edge.width).toBeGreaterThan(fr.edge.width);
    expect(jp.radius).toBeGreaterThan(fr.radius);
  });

  it('places the heaviest partner at the top and is the same on every run', () => {
    const graph = buildCorpusGraph(small, { officialCountry });
    const layout = layoutCooperationGraph(graph, labelOptions);
    expect(layout.nodes[0]).toMatchObject({ id: 'JP', centre: { x: layout.width / 2 } });
    expect(layout.nodes[0]!.centre.y).toBeLessThan(layout.height / 2);
    expect(layoutCooperationGraph(graph, labelOptions)).toEqual(layout);
  });
});

describe('layoutTimeline', () => {
  it('marks each date with its articles and lists undated (and invalid) dates apart, never placing them', () => {
    const timeline = layoutTimeline(small);
    expect(timeline.unit).toBe('day');
    expect(timeline.marks.map((m) => [m.key, m.articleIds])).toEqual([
      ['2025-06-10', ['lt-1']],
      ['2025-11-05', ['jp-1', 'jp-3']],
    ]);
    expect(timeline.undated).toEqual(['bad-date', 'fr-1', 'jp-2']);
  });

  it('puts later dates further right and more articles in a taller mark', () => {
    const [june, november] = layoutTimeline(small).marks;
    expect(november!.x).toBeGreaterThan(june!.x);
    expect(november!.height).toBeGreaterThan(june!.height);
  });

  it.each([
    ['days a long way apart', ['2025-01-01', '2025-03-01'], 'day'],
    ['neighbouring days over a long span', ['2022-01-01', '2022-01-02', '2025-12-01'], 'month'],
    ['2,000 articles over four years', null, 'month'],
    ['dates over forty years', Array.from({ length: 40 }, (_, i) => `${1985 + i}-0${1 + (i % 9)}-15`), 'year'],
  ])('groups %s by %s', (_, dates, unit) => {
    const articles = dates ? dates.map((date, i) => summary(`a${i}`, ['UA'], [], date)) : fromSynth(2000);
    const timeline = layoutTimeline(articles);
    expect(timeline.unit).toBe(unit);
    expect(timeline.marks.length).toBeLessThanOrEqual(72);
    const xs = timeline.marks.map((m) => m.x);
    for (let i = 1; i < xs.length; i++) expect(xs[i]! - xs[i - 1]!).toBeGreaterThanOrEqual(timeline.marks[0]!.width);
  });

  it('keeps every article of a big corpus: each one in exactly one mark or in the undated list', () => {
    const articles = fromSynth(2000);
    const timeline = layoutTimeline(articles);
    const placed = [...timeline.marks.flatMap((m) => m.articleIds), ...timeline.undated];
    expect(placed.sort()).toEqual(articles.map((a) => a.id).sort());
    expect(timeline.undated.length).toBe(articles.filter((a) => a.date === null).length);
  });

  it('gives month marks their first and last day, for a date-range search', () => {
    const mark = layoutTimeline(fromSynth(2000)).marks.find((m) => m.key === '2024-02')!;
    expect([mark.start, mark.end]).toEqual(['2024-02-01', '2024-02-29']);
  });

  it('has ticks in order inside the axis, at most eight', () => {
    const timeline = layoutTimeline(fromSynth(2000));
    expect(timeline.ticks.length).toBeGreaterThan(1);
    expect(timeline.ticks.length).toBeLessThanOrEqual(8);
    for (const tick of timeline.ticks) {
      expect(tick.x).toBeGreaterThanOrEqual(timeline.axis.x1);
      expect(tick.x).toBeLessThanOrEqual(timeline.axis.x2);
    }
  });

  it('draws no mark when no article is dated', () => {
    const timeline = layoutTimeline([summary('a', ['UA']), summary('b', ['UA'], [], 'soon')]);
    expect(timeline.marks).toEqual([]);
    expect(timeline.undated).toEqual(['a', 'b']);
  });
});

describe('explore text', () => {
  it.each([
    ['en', 1, '1 article'],
    ['en', 5, '5 articles'],
    ['uk', 1, '1 стаття'],
    ['uk', 3, '3 статті'],
    ['uk', 5, '5 статей'],
    ['ru', 22, '22 статьи'],
    ['ru', 11, '11 статей'],
    ['de', 1, '1 Artikel'],
  ] as const)('counts articles in %s: %i -> %s', (lang, n, text) => {
    expect(articleCount(lang, n)).toBe(text);
  });

  it.each([
    ['en', '2025-06-10', 'day', 'June 10, 2025'],
    ['uk', '2025-06-01', 'month', 'червень 2025 р.'],
    ['de', '2025-01-01', 'year', '2025'],
  ] as const)('writes a %s period %s by %s', (lang, iso, unit, text) => {
    expect(formatPeriod(lang, iso, unit)).toBe(text);
  });

  it.each([
    [{ country: 'JP' }, '/search.html?country=JP'],
    [{ official: 'takaichi' }, '/search.html?official=takaichi'],
    [{ country: 'JP', topic: 'drones' }, '/search.html?country=JP&topic=drones'],
    [{ from: '2025-06-01', to: '2025-06-30' }, '/search.html?from=2025-06-01&to=2025-06-30'],
  ])('links to the search page filtered on %o', (filters, href) => {
    expect(searchPageHref(filters)).toBe(href);
  });
});
