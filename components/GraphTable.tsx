import type { CorpusGraph } from '../lib/corpus-graph';
import type { UiLang } from '../lib/languages';
import { uiString } from '../lib/ui-strings';

export type GraphTableProps = {
  graph: CorpusGraph;
  lang: UiLang;
  nameOf: (id: string) => string;
  topicLabelOf: (topic: string) => string;
  selected: string | null;
  onSelect: (id: string) => void;
};

/** The graph's text alternative, and its full data past the drawing's caps: every partner, its articles, topics and officials. */
export function GraphTable({ graph, lang, nameOf, topicLabelOf, selected, onSelect }: GraphTableProps) {
  const rows = [
    {
      id: graph.centre,
      weight: graph.centreArticleIds.length,
      topics: graph.centreTopics,
      officials: graph.centreOfficials,
    },
    ...graph.partners.map((p) => ({ id: p.country, weight: p.weight, topics: p.topics, officials: p.officials })),
  ];
  return (
    <table class="graph-table">
      <caption>{uiString(lang, 'exploreTable')}</caption>
      <thead>
        <tr>
          <th scope="col">{uiString(lang, 'explorePartner')}</th>
          <th scope="col" class="num">
            {uiString(lang, 'exploreArticles')}
          </th>
          <th scope="col">{uiString(lang, 'exploreTopics')}</th>
          <th scope="col">{uiString(lang, 'exploreOfficials')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id} class={row.id === selected ? 'is-selected' : undefined}>
            <th scope="row">
              <button
                type="button"
                class="link-button"
                aria-pressed={row.id === selected}
                onClick={() => onSelect(row.id)}
              >
                {nameOf(row.id)}
              </button>
            </th>
            <td class="num">{row.weight}</td>
            <td>{row.topics.map((t) => topicLabelOf(t.id)).join(', ')}</td>
            <td>{row.officials.map((o) => nameOf(o.id)).join(', ')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
