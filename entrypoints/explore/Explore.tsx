import { useEffect, useMemo, useState } from 'preact/hooks';
import topics from '../../data/topics.json';
import { ExploreView, type ExploreSelection } from '../../components/ExploreView';
import type { UiLang } from '../../lib/languages';
import type { ReplyFor } from '../../lib/messages';
import { uiString } from '../../lib/ui-strings';
import { sendToBackground } from '../../utils/messaging';

export type ExploreProps = { lang: UiLang; initial: ExploreSelection | null };

/** `?country=JP` or `?date=2025-06` opens the page with that mark chosen. */
export function selectionFromUrl(search: string): ExploreSelection | null {
  const params = new URLSearchParams(search);
  const country = params.get('country');
  if (country && /^[A-Z]{2}$/.test(country)) return { kind: 'node', id: country };
  const date = params.get('date');
  if (date && /^(\d{4}(-\d{2}(-\d{2})?)?|undated)$/.test(date)) return { kind: 'time', key: date };
  return null;
}

/** The explore page: loads the corpus overview from the background and draws it. */
export function Explore({ lang, initial }: ExploreProps) {
  const [reply, setReply] = useState<ReplyFor<'corpusOverview'> | null>(null);
  const [selection, setSelection] = useState<ExploreSelection | null>(initial);
  const topicLabels = useMemo(
    () => Object.fromEntries(topics.topics.map((topic) => [topic.id, topic.label[lang]])),
    [lang],
  );
  useEffect(() => {
    void sendToBackground({ type: 'corpusOverview' }).then(setReply);
  }, []);
  const officialCountry = useMemo(
    () =>
      Object.fromEntries(
        (reply?.ok ? reply.value.entities : []).flatMap((entity) =>
          entity.country ? [[entity.id, entity.country]] : [],
        ),
      ),
    [reply],
  );
  useEffect(() => {
    document.title = `${uiString(lang, 'exploreTitle')} — Entente`;
  }, [lang]);

  if (!reply) return <main class="explore">{uiString(lang, 'exploreLoading')}</main>;
  if (!reply.ok) {
    return (
      <main class="explore">
        <p role="alert">{uiString(lang, 'exploreFailed')}</p>
      </main>
    );
  }
  return (
    <ExploreView
      articles={reply.value.articles}
      entities={reply.value.entities}
      lang={lang}
      topicLabels={topicLabels}
      officialCountry={officialCountry}
      selection={selection}
      onSelect={setSelection}
      onOpen={(id) => void sendToBackground({ type: 'openArticle', id })}
    />
  );
}
