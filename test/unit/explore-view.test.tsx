import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { CooperationGraph } from '../../components/CooperationGraph';
import { ExploreView, type ExploreSelection } from '../../components/ExploreView';
import { SelectionPanel } from '../../components/SelectionPanel';
import { Timeline } from '../../components/Timeline';
import { buildCorpusGraph, layoutCooperationGraph, layoutTimeline } from '../../lib/corpus-graph';
import type { ArticleSummary, EntityInfo } from '../../lib/messages';

const hostile = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
const article = (id: string, entities: string[], date: string | null, title = `Title ${id}`): ArticleSummary => ({
  id,
  title,
  date,
  lang: 'uk',
  outlet: `Outlet ${hostile}`,
  entities,
  topics: ['drones'],
  story: id,
  own: false,
});
const articles = [
  article('jp-1', ['UA', 'JP', 'takaichi'], '2025-11-05', `Japan ${hostile}`),
  article('lt-1', ['UA', 'LT'], '2025-06-10'),
  article('fr-1', ['UA', 'FR'], null),
];
const entities: EntityInfo[] = [
  { id: 'UA', type: 'country', name: 'Ukraine', role: null },
  { id: 'JP', type: 'country', name: `Japan ${hostile}`, role: null },
  { id: 'LT', type: 'country', name: 'Lithuania', role: null },
  { id: 'FR', type: 'country', name: 'France', role: null },
  { id: 'takaichi', type: 'person', name: 'Sanae Takaichi', role: null },
];
const noop = () => undefined;

function page(selection: ExploreSelection | null, lang: 'en' | 'uk' = 'en') {
  return renderToString(
    <ExploreView
      articles={articles}
      entities={entities}
      lang={lang}
      topicLabels={{ drones: `Drones ${hostile}` }}
      officialCountry={{ takaichi: 'JP' }}
      selection={selection}
      onSelect={noop}
      onOpen={noop}
    />,
  );
}

function expectTextOnly(html: string) {
  expect(html).not.toContain('<img');
  expect(html).not.toContain('<script');
  expect(html).toContain('&lt;script>');
}

describe('ExploreView', () => {
  it.each([
    ['nothing chosen', null],
    ['Japan chosen', { kind: 'node', id: 'JP' }],
    ['a date chosen', { kind: 'time', key: '2025-11-05' }],
  ] as const)('renders hostile titles, names, outlets and topics as text (%s)', (_, selection) => {
    expectTextOnly(page(selection));
  });

  it('lists the chosen country’s articles beside the graph with a link to the search page', () => {
    const html = page({ kind: 'node', id: 'JP' });
    expect(html).toContain('Articles about Ukraine – Japan');
    expect(html).toContain('href="/search.html?country=JP"');
    expect(html).toContain('href="/search.html?country=JP&amp;topic=drones"');
    expect(html).toContain('href="/search.html?official=takaichi"');
    expect(html).toContain('Sanae Takaichi (1)');
    expect(html).not.toContain('Title lt-1');
  });

  it('lists a date’s articles with a date-range link', () => {
    const html = page({ kind: 'time', key: '2025-06-10' });
    expect(html).toContain('Articles from June 10, 2025');
    expect(html).toContain('Title lt-1');
    expect(html).toContain('href="/search.html?from=2025-06-10&amp;to=2025-06-10"');
  });

  it('lists undated articles apart', () => {
    const html = page({ kind: 'time', key: 'undated' });
    expect(html).toContain('Without a date: 1 article');
    expect(html).toContain('Articles without a date');
    expect(html).toContain('Title fr-1');
  });

  it('says how to start when nothing is chosen, and in the UI language', () => {
    expect(page(null)).toContain('Choose a country, a line or a date to list its articles here.');
    expect(page(null, 'uk')).toContain('Оберіть країну, лінію чи дату');
  });

  it('gives the graph a table as its text alternative', () => {
    const html = page(null);
    expect(html).toContain('<caption>The graph as a table</caption>');
    expect(html).toMatch(/<th scope="row"><button[^>]*>Lithuania<\/button><\/th><td class="num">1<\/td>/);
  });
});

describe('graph and timeline marks', () => {
  const graph = buildCorpusGraph(articles, { officialCountry: { takaichi: 'JP' } });
  const layout = layoutCooperationGraph(graph, { nameOf: (id) => id, topicLabelOf: (id) => id, othersLabel: String });

  it('makes every country a focusable, labelled, pressable mark (lower-case tabindex: SVG ignores tabIndex)', () => {
    const html = renderToString(
      <CooperationGraph
        layout={layout}
        lang="en"
        centreName="Ukraine"
        centreCount={3}
        selected="JP"
        topicLabelOf={(id) => id}
        onSelect={noop}
        labelledBy="t"
        describedBy="d"
      />,
    );
    expect(html.match(/role="button" tabindex="0"/g)).toHaveLength(4);
    expect(html).not.toContain('tabIndex');
    expect(html).toContain('aria-label="JP: 1 article. Topics: drones"');
    expect(html).toMatch(/data-id="JP" role="button" tabindex="0" aria-pressed="true"/);
    expect(html).toContain('aria-label="Ukraine: 3 articles"');
  });

  it('labels each timeline mark with its date and count', () => {
    const html = renderToString(
      <Timeline layout={layoutTimeline(articles)} lang="de" selected={null} onSelect={noop} labelledBy="t" />,
    );
    expect(html.match(/role="button" tabindex="0"/g)).toHaveLength(2);
    expect(html).toContain('aria-label="10. Juni 2025: 1 Artikel"');
    expect(html).toContain('Ohne Datum: 1 Artikel');
  });

  it('caps a long list and points to the search for the rest', () => {
    const many = Array.from({ length: 70 }, (_, i) => article(`a${i}`, ['UA'], null));
    const html = renderToString(
      <SelectionPanel
        lang="en"
        heading="All"
        articles={many}
        limit={60}
        searchHref="/search.html?country=UA"
        onOpen={noop}
      />,
    );
    expect(html.match(/class="selection-article"/g)).toHaveLength(60);
    expect(html).toContain('10 more: open the search for all of them.');
  });
});
