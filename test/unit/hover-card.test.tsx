import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { HoverCard } from '../../components/HoverCard';
import type { ArticleHit } from '../../lib/messages';

const hostile = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
const hit: ArticleHit = {
  id: 'a1',
  title: `Title ${hostile}`,
  outlet: `Outlet ${hostile}`,
  date: '2025-11-05',
  lang: 'ru',
  snippet: `Zelensky met ${hostile}`,
  marks: [[0, 8]],
  score: 1,
  own: false,
};
const noop = () => undefined;

describe('HoverCard', () => {
  it('renders corpus text as text, never as markup', () => {
    const html = renderToString(
      <HoverCard
        lang="en"
        state={{
          status: 'ready',
          entity: { id: 'zelensky', type: 'person', name: hostile, role: 'President of Ukraine' },
          articles: [hit],
          total: 1,
        }}
        onOpenArticle={noop}
        onClose={noop}
      />,
    );
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<script');
    expect(html).toContain('&lt;script>');
    expect(html).toContain('<mark>Zelensky</mark>');
  });

  it('says plainly when nothing is related', () => {
    const html = renderToString(
      <HoverCard
        lang="de"
        state={{
          status: 'ready',
          entity: { id: 'PE', type: 'country', name: 'Peru', role: null },
          articles: [],
          total: 0,
        }}
        onOpenArticle={noop}
        onClose={noop}
      />,
    );
    expect(html).toContain('Im Korpus erwähnt noch kein Artikel dies.');
    expect(html).toContain('Land');
  });

  it('is a labelled dialog with the role of a person under the name', () => {
    const html = renderToString(
      <HoverCard
        lang="en"
        state={{
          status: 'ready',
          entity: { id: 'umerov', type: 'person', name: 'Rustem Umerov', role: 'Minister of Defence of Ukraine' },
          articles: [hit],
          total: 3,
        }}
        onOpenArticle={noop}
        onClose={noop}
      />,
    );
    expect(html).toContain('role="dialog"');
    expect(html).toContain('aria-labelledby="entente-card-title"');
    expect(html).toContain('Minister of Defence of Ukraine');
    expect(html).toContain('2 more');
  });
});
