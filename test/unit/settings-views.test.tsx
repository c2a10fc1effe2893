import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { OptionsForm } from '../../components/OptionsForm';
import { PopupView, type PopupViewProps } from '../../components/PopupView';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings';

const noop = () => undefined;
const settings = (over: Partial<Settings> = {}): Settings => ({ ...structuredClone(DEFAULT_SETTINGS), ...over });
const popup = (over: Partial<PopupViewProps>) =>
  renderToString(
    <PopupView
      lang="en"
      corpusSize={5}
      page={{ status: 'ready', entities: [], related: [] }}
      search={{ text: '', result: null }}
      onSearch={noop}
      onAllResults={noop}
      expanded={{}}
      onToggleEntity={noop}
      onShowEntity={noop}
      onOpenArticle={noop}
      onSetSiteOff={noop}
      {...over}
    />,
  );

describe('OptionsForm', () => {
  it('shows the stored choices', () => {
    const html = renderToString(
      <OptionsForm
        lang="en"
        settings={settings({ disabledSites: ['bbc.com'], style: 'underline', cardArticles: 7 })}
        status={{ state: 'saved' }}
        onChange={noop}
        onReset={noop}
      />,
    );
    expect(html).toContain('bbc.com');
    expect(html).toMatch(/value="underline"[^>]*checked|checked[^>]*value="underline"/);
    expect(html).toContain('Saved.');
    expect(html).toContain('aria-label="Remove bbc.com"');
  });

  it('speaks the chosen language and renders a site name only as text', () => {
    const html = renderToString(
      <OptionsForm
        lang="de"
        settings={settings({ disabledSites: ['<img src=x onerror=alert(1)>'] })}
        status={{ state: 'failed', error: '<b>quota</b>' }}
        onChange={noop}
        onReset={noop}
      />,
    );
    expect(html).toContain('Einstellungen');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>');
  });
});

describe('PopupView and the site setting', () => {
  it('says plainly that the site is off, and offers to turn it on instead of listing mentions', () => {
    const html = popup({ site: { host: 'bbc.com', offHere: true, offEverywhere: false } });
    expect(html).toContain('Entente is off on bbc.com.');
    expect(html).toContain('Turn on for this site');
    expect(html).not.toContain('No country or official is named on this page.');
  });

  it('offers to turn a site off while it is on', () => {
    const html = popup({ site: { host: 'bbc.com', offHere: false, offEverywhere: false } });
    expect(html).toContain('Turn off for this site');
    expect(html).not.toContain('data-testid="site-off"');
  });

  it('says when Entente is off everywhere', () => {
    expect(popup({ site: { host: 'bbc.com', offHere: false, offEverywhere: true } })).toContain(
      'Entente is turned off on every site.',
    );
  });
});
