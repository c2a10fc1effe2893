import { useMemo } from 'preact/hooks';
import {
  buildCorpusGraph,
  layoutCooperationGraph,
  layoutTimeline,
  OTHERS_ID,
  searchPageHref,
  type CountedId,
} from '../lib/corpus-graph';
import { articleCount, formatPeriod } from '../lib/explore-text';
import type { UiLang } from '../lib/languages';
import type { ArticleSummary, EntityInfo } from '../lib/messages';
import { uiString } from '../lib/ui-strings';
import { CooperationGraph } from './CooperationGraph';
import { GraphTable } from './GraphTable';
import { SelectionPanel, type PanelLink, type SelectionPanelProps } from './SelectionPanel';
import { Timeline, UNDATED } from './Timeline';
import './explore.css';

/** What the reader picked: a graph node (country id, the centre, or OTHERS_ID) or a timeline mark ("2025-06", "undated"). */
export type ExploreSelection = { kind: 'node'; id: string } | { kind: 'time'; key: string };

export type ExploreViewProps = {
  articles: readonly ArticleSummary[];
  entities: readonly EntityInfo[];
  lang: UiLang;
  /** Topic labels in the UI language, by topic id. */
  topicLabels: Readonly<Record<string, string>>;
  /** The country each official serves. */
  officialCountry: Readonly<Record<string, string>>;
  selection: ExploreSelection | null;
  onSelect: (selection: ExploreSelection) => void;
  onOpen: (id: string) => void;
};

/** The explore page: the cooperation graph, the timeline, the chosen mark's articles and the graph as a table. */
export function ExploreView({
  articles,
  entities,
  lang,
  topicLabels,
  officialCountry,
  selection,
  onSelect,
  onOpen,
}: ExploreViewProps) {
  const names = useMemo(() => new Map(entities.map((e) => [e.id, e.name])), [entities]);
  const nameOf = (id: string) => names.get(id) ?? id;
  const topicLabelOf = (id: string) => topicLabels[id] ?? id;
  const graph = useMemo(() => buildCorpusGraph(articles, { officialCountry }), [articles, officialCountry]);
  const layout = useMemo(
    () =>
      layoutCooperationGraph(graph, {
        nameOf: (id) => names.get(id) ?? id,
        topicLabelOf: (id) => topicLabels[id] ?? id,
        othersLabel: (n) => uiString(lang, 'exploreOthers', { n }),
      }),
    [graph, names, topicLabels, lang],
  );
  const timeline = useMemo(() => layoutTimeline(articles), [articles]);
  const byId = useMemo(() => new Map(articles.map((a) => [a.id, a])), [articles]);
  const pick = (ids: readonly string[]) =>
    ids.map((id) => byId.get(id)).filter((a): a is ArticleSummary => a !== undefined);

  const topicLinks = (topics: readonly CountedId[], country: string): PanelLink[] =>
    topics.map((t) => ({
      label: `${topicLabelOf(t.id)} (${t.count})`,
      href: searchPageHref({ country, topic: t.id }),
    }));
  const officialLinks = (officials: readonly CountedId[]): PanelLink[] =>
    officials.map((o) => ({ label: `${nameOf(o.id)} (${o.count})`, href: searchPageHref({ official: o.id }) }));

  const centreName = nameOf(graph.centre);
  let panel: Omit<SelectionPanelProps, 'lang' | 'onOpen'> | null = null;
  if (selection?.kind === 'node') {
    const partner = graph.partners.find((p) => p.country === selection.id);
    const others = layout.nodes.find((n) => n.id === OTHERS_ID);
    if (selection.id === graph.centre) {
      panel = {
        heading: uiString(lang, 'articlesAbout', { name: centreName }),
        articles: pick(graph.centreArticleIds),
        topics: topicLinks(graph.centreTopics, graph.centre),
        officials: officialLinks(graph.centreOfficials),
        searchHref: searchPageHref({ country: graph.centre }),
      };
    } else if (partner) {
      panel = {
        heading: uiString(lang, 'articlesAbout', { name: `${centreName} – ${nameOf(partner.country)}` }),
        articles: pick(partner.articleIds),
        topics: topicLinks(partner.topics, partner.country),
        officials: officialLinks(partner.officials),
        searchHref: searchPageHref({ country: partner.country }),
      };
    } else if (selection.id === OTHERS_ID && others) {
      panel = {
        heading: others.label.text,
        articles: pick(others.articleIds),
        note: uiString(lang, 'exploreCountries', { names: others.countries.map(nameOf).join(', ') }),
      };
    }
  } else if (selection?.kind === 'time') {
    const mark = timeline.marks.find((m) => m.key === selection.key);
    if (selection.key === UNDATED) {
      panel = { heading: uiString(lang, 'exploreUndatedArticles'), articles: pick(timeline.undated) };
    } else if (mark) {
      panel = {
        heading: uiString(lang, 'exploreArticlesOf', { date: formatPeriod(lang, mark.start, mark.unit) }),
        articles: pick(mark.articleIds),
        searchHref: searchPageHref({ from: mark.start, to: mark.end }),
      };
    }
  }
  const selectedNode = selection?.kind === 'node' ? selection.id : null;
  const selectedTime = selection?.kind === 'time' ? selection.key : null;
  const leftOut = graph.leftOut.map((c) => `${nameOf(c.id)} (${articleCount(lang, c.count)})`).join(', ');

  return (
    <main class="explore">
      <header class="explore-head">
        <h1>{uiString(lang, 'exploreTitle')}</h1>
        <p class="muted">{uiString(lang, 'exploreIntro')}</p>
      </header>
      <div class="explore-grid">
        <div class="explore-main">
          <section class="card" aria-labelledby="graph-title">
            <h2 id="graph-title">{uiString(lang, 'exploreGraph')}</h2>
            {graph.partners.length > 0 ? (
              <CooperationGraph
                layout={layout}
                lang={lang}
                centreName={centreName}
                centreCount={graph.centreArticleIds.length}
                selected={selectedNode}
                topicLabelOf={topicLabelOf}
                onSelect={(id) => onSelect({ kind: 'node', id })}
                labelledBy="graph-title"
                describedBy="graph-hint"
              />
            ) : (
              <p>{uiString(lang, 'exploreEmpty')}</p>
            )}
            <p id="graph-hint" class="hint muted">
              {uiString(lang, 'exploreGraphHint')}
              {leftOut ? ` ${uiString(lang, 'exploreLeftOut', { names: leftOut })}` : ''}
            </p>
          </section>
          <section class="card" aria-labelledby="timeline-title">
            <h2 id="timeline-title">{uiString(lang, 'exploreTimeline')}</h2>
            <Timeline
              layout={timeline}
              lang={lang}
              selected={selectedTime}
              onSelect={(key) => onSelect({ kind: 'time', key })}
              labelledBy="timeline-title"
            />
          </section>
          <section class="card">
            <GraphTable
              graph={graph}
              lang={lang}
              nameOf={nameOf}
              topicLabelOf={topicLabelOf}
              selected={selectedNode}
              onSelect={(id) => onSelect({ kind: 'node', id })}
            />
          </section>
        </div>
        <aside class="explore-side card">
          {panel ? (
            <SelectionPanel lang={lang} onOpen={onOpen} {...panel} />
          ) : (
            <p class="pick muted" data-testid="selection-hint">
              {uiString(lang, 'explorePick')}
            </p>
          )}
        </aside>
      </div>
    </main>
  );
}
