import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { ArticleView, entitySearchHref } from '../../components/ArticleView';
import { PopupView, type PopupViewProps } from '../../components/PopupView';
import { SearchResults } from '../../components/SearchResults';
import type { ArticleHit } from '../../lib/messages';
import { article } from './fixtures/articles';

const hostile = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
const hit: ArticleHit = {
  id: 'a1',
  title: `T ${hostile}`,
  outlet: hostile,
  date: '2025-06-10',
  lang: 'uk',
  snippet: `Литва ${hostile}`,
  marks: [[0, 5]],
  score: 1,
  own: false,
};
const noop = () => undefined;
const popupProps = (over: Partial<PopupViewProps>): PopupViewProps => ({
  lang: 'en',
  corpusSize: 5,
  page: { status: 'loading' },
  search: { text: '', result: null },
  onSearch: noop,
  onAllResults: noop,
  expanded: {},
  onToggleEntity: noop,
  onShowEntity: noop,
  onOpenArticle: noop,
  ...over,
});

function expectNoMarkupFrom(html: string) {
  expect(html).not.toContain('<img');
  expect(html).not.toContain('<script');
}

describe('PopupView', () => {
  it("groups the page's entities into countries and officials, with counts", () => {
    const html = renderToString(
      <PopupView
        {...popupProps({
          page: {
            status: 'ready',
            entities: [
              { id: 'LT', type: 'country', name: 'Lithuania', role: null, count: 4, adjectives: 1 },
              { id: 'budrys', type: 'person', name: hostile, role: 'Minister', count: 2, adjectives: 0 },
            ],
            related: [hit],
          },
        })}
      />,
    );
    expect(html).toContain('Countries <span class="muted">(1)</span>');
    expect(html).toContain('Officials <span class="muted">(1)</span>');
    expect(html).toContain('5×');
    expect(html).toContain('aria-expanded="false"');
    expectNoMarkupFrom(html);
  });

  it.each([
    ['browser-page', 'Browser pages are closed to extensions'],
    ['store', 'Extension stores are closed'],
    ['pdf', 'PDF'],
    ['not-loaded', 'Reload the page'],
  ] as const)('explains an unreadable page (%s)', (reason, text) => {
    expect(renderToString(<PopupView {...popupProps({ page: { status: 'unreadable', reason } })} />)).toContain(text);
  });

  it('shows search results instead of the page while a query is typed', () => {
    const html = renderToString(
      <PopupView {...popupProps({ search: { text: 'Litva', result: { hits: [hit], total: 1, matched: 'all' } } })} />,
    );
    expect(html).toContain('1 article found');
    expect(html).not.toContain('Reading this page');
    expectNoMarkupFrom(html);
  });
});

describe('SearchResults', () => {
  it('says when not every word matched, and when nothing did', () => {
    expect(renderToString(<SearchResults lang="de" hits={[hit]} total={7} matched="some" onOpen={noop} />)).toContain(
      '7 Artikel gefunden (nicht alle Wörter passen)',
    );
    expect(renderToString(<SearchResults lang="uk" hits={[]} total={0} matched="all" onOpen={noop} />)).toContain(
      'Жодна стаття не відповідає.',
    );
  });
});

describe('ArticleView', () => {
  it("links mentions to the entity's articles and renders corpus text as text", () => {
    const html = renderToString(
      <ArticleView
        lang="en"
        article={article({ id: 'x', title: hostile, paragraphs: [`Japan ${hostile}`], entities: [] })}
        mentions={[{ paragraph: 0, start: 0, end: 5, entity: 'JP', kind: 'name' }]}
        entities={[{ id: 'JP', type: 'country', name: 'Japan', role: null }]}
        alsoReported={[]}
      />,
    );
    expect(html).toContain(
      '<a class="mention mention-country" href="/search.html?country=JP&amp;sort=date" title="Japan">Japan</a>',
    );
    expectNoMarkupFrom(html);
  });

  it('points an official at the official filter', () => {
    expect(entitySearchHref({ id: 'umerov', type: 'person' })).toBe('/search.html?official=umerov&sort=date');
  });
});
