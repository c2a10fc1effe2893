import type { UiLang } from '../lib/languages';
import type { ToBackgroundReplies } from '../lib/messages';
import { langLabel } from '../lib/card-strings';
import { uiString } from '../lib/ui-strings';

export type DraftAnalysisProps = {
  lang: UiLang;
  /** The background's run of the pipeline over the draft; null before the first one. */
  prepared: ToBackgroundReplies['prepareArticle'] | null;
  /** Topic id -> label in the UI language (ids are shown when missing). */
  topicLabel?: (id: string) => string;
};

/** What the corpus pipeline finds in a draft: language, countries and officials, topics, story. */
export function DraftAnalysis({ lang, prepared, topicLabel = (id) => id }: DraftAnalysisProps) {
  const article = prepared?.article;
  return (
    <section class="draft-analysis" aria-labelledby="analysis-title" aria-live="polite">
      <h2 id="analysis-title">{uiString(lang, 'analysis')}</h2>
      {article ? (
        <>
          <p data-testid="analysis-lang">{uiString(lang, 'analysisLang', { lang: langLabel(lang, article.lang) })}</p>
          <h3>{uiString(lang, 'analysisEntities')}</h3>
          {prepared.entities.length > 0 ? (
            <ul class="chips" data-testid="analysis-entities">
              {prepared.entities.map((entity) => (
                <li key={entity.id} class={`chip chip-${entity.type}`}>
                  {entity.name}
                </li>
              ))}
            </ul>
          ) : (
            <p class="muted">{uiString(lang, 'noneFound')}</p>
          )}
          <h3>{uiString(lang, 'analysisTopics')}</h3>
          {article.topics.length > 0 ? (
            <ul class="chips">
              {article.topics.map((id) => (
                <li key={id} class="chip">
                  {topicLabel(id)}
                </li>
              ))}
            </ul>
          ) : (
            <p class="muted">{uiString(lang, 'noneFound')}</p>
          )}
          <p data-testid="analysis-story">
            {prepared.sameStory[0]
              ? uiString(lang, 'analysisStorySame', { title: prepared.sameStory[0].title })
              : uiString(lang, 'analysisStoryNew')}
          </p>
        </>
      ) : (
        <p class="muted">{prepared ? uiString(lang, 'analysisWaiting') : '…'}</p>
      )}
    </section>
  );
}
