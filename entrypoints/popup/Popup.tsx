import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { RelatedState } from '../../components/EntityRow';
import {
  PopupView,
  type PageState,
  type PopupSearch,
  type PopupSite,
  type PopupViewProps,
} from '../../components/PopupView';
import type { UiLang } from '../../lib/languages';
import { whyUnreadable } from '../../lib/page-access';
import { disabledSiteFor, siteKey, withSiteDisabled, type Settings } from '../../lib/settings';
import { addPageToEntente } from '../../utils/extract-page';
import { sendToBackground } from '../../utils/messaging';
import { loadSettings, updateSettings, watchSettings } from '../../utils/settings-store';
import { popupTab, sendToTab } from '../../utils/tabs';

export type PopupProps = {
  lang: UiLang;
  /** The popup page's query string (`?tab=ID` when a test opens it as a page). */
  locationSearch: string;
  onDone: () => void;
};

/** The toolbar popup, connected: reads the tab's mentions and asks the background for articles. */
export function Popup({ lang, locationSearch, onDone }: PopupProps) {
  const [corpusSize, setCorpusSize] = useState<number | null>(null);
  const [page, setPage] = useState<PageState>({ status: 'loading' });
  const [tabId, setTabId] = useState<number | null>(null);
  const [expanded, setExpanded] = useState<Record<string, RelatedState>>({});
  const [pageIds, setPageIds] = useState<string[]>([]);
  const [search, setSearch] = useState<PopupSearch>({ text: '', result: null });
  const latestSearchRef = useRef(0);
  /** The tab's site (Settings: "Turn off on this site"), and the settings that say if it is off. */
  const [host, setHost] = useState<string | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  /** Bumped to read the page again (after it was turned back on). */
  const [reload, setReload] = useState(0);

  useEffect(() => {
    void loadSettings().then(setSettings);
    return watchSettings(setSettings);
  }, []);
  const site: PopupSite | null =
    host && settings
      ? { host, offHere: disabledSiteFor(settings, host) !== null, offEverywhere: !settings.enabled }
      : null;
  const onSetSiteOff = useCallback(
    (off: boolean) => {
      if (!host) return;
      void updateSettings((current) => withSiteDisabled(current, host, off)).then((next) => {
        setSettings(next);
        // The page's content script starts again on its own; read it once it has.
        if (!off) setTimeout(() => setReload((n) => n + 1), 400);
      });
    },
    [host],
  );
  const onTurnOnEverywhere = useCallback(() => {
    void updateSettings((current) => ({ ...current, enabled: true })).then((next) => {
      setSettings(next);
      setTimeout(() => setReload((n) => n + 1), 400);
    });
  }, []);
  const [addPage, setAddPage] = useState<NonNullable<PopupViewProps['addPage']>>({ status: 'idle' });

  const onSearch = useCallback((text: string) => {
    const request = ++latestSearchRef.current;
    setSearch((current) => ({ ...current, text }));
    if (!text.trim()) return;
    void sendToBackground({ type: 'searchCorpus', query: { text, limit: 8 } }).then((reply) => {
      if (request === latestSearchRef.current && reply.ok) setSearch({ text, result: reply.value });
    });
  }, []);

  useEffect(() => {
    void sendToBackground({ type: 'ping' }).then((reply) => {
      if (reply.ok) setCorpusSize(reply.value.articles);
    });
    void (async () => {
      const tab = await popupTab(locationSearch);
      if (!tab) return setPage({ status: 'unreadable', reason: 'browser-page' });
      setTabId(tab.id);
      // Without the "tabs" permission the URL is known only when the user opened the popup.
      const fromUrl = tab.url && /^https?:/.test(tab.url) ? siteKey(tab.url) : null;
      const pageSite = fromUrl ? null : await sendToTab(tab.id, { type: 'pageSite' });
      setHost(fromUrl ?? (pageSite ? siteKey(pageSite.host) : null));
      const found = await sendToTab(tab.id, { type: 'pageMentions' });
      if (!found) return setPage({ status: 'unreadable', reason: whyUnreadable(tab.url) });
      const ids = found.entities.map((e) => e.id);
      setPageIds(ids);
      const [described, related] = await Promise.all([
        sendToBackground({ type: 'describeEntities', ids }),
        sendToBackground({
          type: 'relatedToPage',
          entities: found.entities.map(({ id, count, adjectives }) => ({ id, count: count + adjectives })),
          text: found.sample,
          limit: 5,
        }),
      ]);
      const infos = new Map((described.ok ? described.value.entities : []).map((e) => [e.id, e]));
      setPage({
        status: 'ready',
        entities: found.entities.flatMap((e) => {
          const info = infos.get(e.id);
          return info ? [{ ...info, count: e.count, adjectives: e.adjectives }] : [];
        }),
        related: related.ok ? related.value.articles : [],
      });
    })();
  }, [locationSearch, reload]);

  const onToggleEntity = useCallback(
    (id: string) => {
      if (expanded[id]) {
        const rest = { ...expanded };
        delete rest[id];
        setExpanded(rest);
        return;
      }
      setExpanded({ ...expanded, [id]: { status: 'loading' } });
      void sendToBackground({ type: 'relatedArticles', entity: id, pageEntities: pageIds, limit: 3 }).then((reply) => {
        setExpanded((current) =>
          current[id]
            ? { ...current, [id]: reply.ok ? { status: 'ready', articles: reply.value.articles } : { status: 'error' } }
            : current,
        );
      });
    },
    [expanded, pageIds],
  );

  const onShowEntity = useCallback(
    (id: string) => {
      if (tabId === null) return;
      void sendToTab(tabId, { type: 'showMention', entity: id }).then(onDone);
    },
    [tabId, onDone],
  );

  const onOpenArticle = useCallback((id: string) => void sendToBackground({ type: 'openArticle', id }), []);

  const onAddPage = useCallback(() => {
    if (tabId === null) return;
    setAddPage({ status: 'adding' });
    addPageToEntente(tabId).then(onDone, (error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      // Chrome: "Cannot access contents of the page"; Firefox: "Missing host permission for the tab".
      const noAccess = /cannot access|permission/i.test(message);
      setAddPage({ status: 'failed', error: message, noAccess });
    });
  }, [tabId, onDone]);
  // Pages closed to every extension cannot be added either.
  const canAddPage =
    tabId !== null && !(page.status === 'unreadable' && ['browser-page', 'store', 'pdf'].includes(page.reason));

  return (
    <PopupView
      lang={lang}
      corpusSize={corpusSize}
      page={page}
      search={search}
      onSearch={onSearch}
      onAllResults={(text) => void sendToBackground({ type: 'openSearch', text }).then(onDone)}
      expanded={expanded}
      onToggleEntity={onToggleEntity}
      onShowEntity={onShowEntity}
      onOpenArticle={onOpenArticle}
      site={site}
      onSetSiteOff={onSetSiteOff}
      onTurnOnEverywhere={onTurnOnEverywhere}
      onAddPage={canAddPage ? onAddPage : undefined}
      addPage={addPage}
    />
  );
}
