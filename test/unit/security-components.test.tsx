import { parseHTML } from 'linkedom';
import { renderToString } from 'preact-render-to-string';
import type { VNode } from 'preact';
import { describe, expect, it } from 'vitest';
import { ArticleView, entitySearchHref } from '../../components/ArticleView';
import { EntityRow } from '../../components/EntityRow';
import { ExploreView } from '../../components/ExploreView';
import { HoverCard } from '../../components/HoverCard';
import { MarkedText } from '../../components/MarkedText';
import { PopupView } from '../../components/PopupView';
import { SearchResults } from '../../components/SearchResults';
import type { ArticleHit, ArticleSummary, EntityInfo } from '../../lib/messages';
import { article } from './fixtures/articles';

/** Every kind of payload: script, event handler, javascript: URL, entities, a closing style tag. */
const PAYLOADS = [
  '<script>window.__pwned=1</script>',
  '<img src=x onerror="window.__pwned=2">',
  'javascript:window.__pwned=3',
  '&lt;b&gt;&amp;amp;&#x3C;script&#x3E;',
  '</style><svg onload=alert(4)>',
  '"><a href="javascript:alert(5)">x</a>',
  "' onmouseover='alert(6)",
];
const P = PAYLOADS.join(' ');
const noop = () => undefined;

const entities: EntityInfo[] = [
  { id: 'javascript:alert(1)', type: 'person', name: `Zelensky ${P}`, role: `President ${P}` },
  { id: `JP"><script>`, type: 'country', name: `Japan ${P}`, role: null },
];
const hit: ArticleHit = {
  id: `javascript:alert(7)"><img src=x onerror=alert(8)>`,
  title: `Title ${P}`,
  outlet: `Outlet ${P}`,
  date: '2025-11-05',
  lang: 'uk',
  snippet: `Zelensky ${P}`,
  marks: [[0, 8]],
  score: 1,
  own: false,
};
const summary: ArticleSummary = {
  id: hit.id,
  title: hit.title,
  date: '2025-11-05',
  lang: 'uk',
  outlet: hit.outlet,
  entities: entities.map((e) => e.id),
  topics: ['drones'],
  story: 's',
  own: false,
};
const hostileArticle = article({
  id: 'a-1',
  title: `Headline ${P}`,
  outlet: `Outlet ${P}`,
  lead: `Lead ${P}`,
  paragraphs: [`Zelensky said ${P}`, `Japan ${P}`],
  cites: [`Cited ${P}`],
  source: { file: `file ${P}.txt`, removed: [`Removed ${P}`] },
  entities: [],
});

/**
 * Renders and parses the markup back: only elements a component writes itself (its charts are SVG;
 * nothing that loads, runs or styles), no event-handler attributes, no link anywhere but to our own
 * pages or the web, and every payload present only as text (its characters escaped).
 */
function expectInert(vnode: VNode) {
  const html = renderToString(vnode);
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const forbidden = document.querySelectorAll(
    'script, img, iframe, object, embed, style, link, meta, base, form, foreignObject, use, animate, set',
  );
  expect([...forbidden].map((e) => e.outerHTML)).toEqual([]);
  for (const element of document.querySelectorAll('*')) {
    for (const attribute of element.attributes) {
      expect(attribute.name, `${attribute.name} on <${element.tagName}>`).not.toMatch(/^on/i);
      if (['href', 'src', 'action', 'formaction', 'xlink:href'].includes(attribute.name)) {
        expect(attribute.value).toMatch(/^(\/|#|https?:\/\/|chrome-extension:\/\/|moz-extension:\/\/)/);
        expect(decodeURIComponent(attribute.value)).not.toMatch(/^\s*javascript:/i);
      }
    }
  }
  // The payload's characters survive as text: what a reader sees is what the corpus says.
  expect(document.body.textContent).toContain('<script>window.__pwned=1</script>');
  expect(document.body.textContent).toContain('&lt;b&gt;&amp;amp;&#x3C;script&#x3E;');
  return { html, document };
}

describe('payloads in corpus, page and entity text render as text only', () => {
  it('the hover card, in every state', () => {
    expectInert(
      <HoverCard
        lang="en"
        state={{ status: 'ready', entity: entities[0]!, articles: [hit], total: 9 }}
        onOpenArticle={noop}
        onMore={noop}
        onClose={noop}
      />,
    );
    // While loading, the card shows the page's own text of the mention.
    expectInert(
      <HoverCard lang="en" state={{ status: 'loading', entityName: P }} onOpenArticle={noop} onClose={noop} />,
    );
    expectInert(
      <HoverCard
        lang="en"
        state={{ status: 'error', entityName: P, message: P }}
        onOpenArticle={noop}
        onClose={noop}
      />,
    );
  });

  it('the reader', () => {
    const { document } = expectInert(
      <ArticleView
        article={hostileArticle}
        lang="en"
        mentions={[
          { paragraph: 0, start: 0, end: 8, entity: entities[0]!.id, kind: 'name' },
          { paragraph: 1, start: 0, end: 5, entity: entities[1]!.id, kind: 'name' },
        ]}
        entities={entities}
        alsoReported={[summary]}
      />,
    );
    // Ids become query parameters, encoded, on our own pages.
    const hrefs = [...document.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toContain(`/reader.html?id=${encodeURIComponent(hit.id)}`);
    expect(hrefs).toContain(entitySearchHref(entities[0]!));
    expect(hrefs.every((h) => h!.startsWith('/reader.html?') || h!.startsWith('/search.html?'))).toBe(true);
  });

  it('the popup, its entity rows and its search results', () => {
    expectInert(
      <PopupView
        lang="en"
        corpusSize={5}
        page={{
          status: 'ready',
          entities: entities.map((e) => ({ ...e, count: 2, adjectives: 1 })),
          related: [hit],
        }}
        search={{ text: P, result: { hits: [hit], total: 1, matched: 'some' } }}
        onSearch={noop}
        onAllResults={noop}
        expanded={{ [entities[0]!.id]: { status: 'ready', articles: [hit] } }}
        onToggleEntity={noop}
        onShowEntity={noop}
        onOpenArticle={noop}
      />,
    );
    expectInert(
      <ul>
        <EntityRow
          entity={entities[1]!}
          count={3}
          lang="en"
          related={{ status: 'ready', articles: [hit] }}
          onToggle={noop}
          onShow={noop}
          onOpenArticle={noop}
        />
        <li>{P}</li>
      </ul>,
    );
  });

  it('the search results', () => {
    expectInert(
      <div>
        <SearchResults lang="en" hits={[hit, { ...hit, own: true }]} total={2} matched="all" onOpen={noop} />
        <p>{P}</p>
      </div>,
    );
  });

  it('the explore page, with a hostile node chosen', () => {
    for (const selection of [null, { kind: 'node' as const, id: entities[1]!.id }]) {
      expectInert(
        <div>
          <ExploreView
            articles={[summary, { ...summary, id: 'b', date: null }]}
            entities={entities}
            lang="en"
            topicLabels={{ drones: `Drones ${P}` }}
            officialCountry={{ [entities[0]!.id]: entities[1]!.id }}
            selection={selection}
            onSelect={noop}
            onOpen={noop}
          />
          <p>{P}</p>
        </div>,
      );
    }
  });

  it('marked text links entities only to the search page', () => {
    expectInert(
      <p>
        <MarkedText
          text={`Zelensky ${P}`}
          mentions={[{ start: 0, end: 8, entity: entities[0]!.id, kind: 'name' }]}
          entities={new Map(entities.map((e) => [e.id, e]))}
          hrefFor={entitySearchHref}
        />
      </p>,
    );
  });
});
