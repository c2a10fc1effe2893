import type { GraphLayout, PartnerNode } from '../lib/corpus-graph';
import type { UiLang } from '../lib/languages';
import { articleCount } from '../lib/explore-text';
import { uiString } from '../lib/ui-strings';
import { pressKeys } from './press-keys';

export type CooperationGraphProps = {
  layout: GraphLayout;
  lang: UiLang;
  centreName: string;
  centreCount: number;
  /** The selected node id (a country id, the centre's id or OTHERS_ID), if any. */
  selected: string | null;
  topicLabelOf: (topic: string) => string;
  onSelect: (id: string) => void;
  labelledBy: string;
  describedBy: string;
};

/**
 * Ukraine and its partners as an SVG graph. Each partner is one keyboard stop (its node) that
 * stands for the UA–country edge as well; the edge line and its topic label answer the pointer
 * with the same action, so nothing is reachable by mouse only.
 */
export function CooperationGraph({
  layout,
  lang,
  centreName,
  centreCount,
  selected,
  topicLabelOf,
  onSelect,
  labelledBy,
  describedBy,
}: CooperationGraphProps) {
  const { centre } = layout;
  // The accessible name starts with the visible label (WCAG 2.5.3, axe label-content-name-mismatch).
  const markLabel = (node: PartnerNode) =>
    uiString(lang, 'exploreMark', {
      name: node.label.text,
      count: articleCount(lang, node.weight),
      topics: node.topics.map((t) => topicLabelOf(t.id)).join(', ') || '—',
    });
  return (
    <svg
      class="graph"
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      role="group"
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
    >
      <g aria-hidden="true">
        {layout.nodes.map((node) => (
          <g
            key={node.id}
            class={`edge${node.id === selected ? ' is-selected' : ''}`}
            data-id={node.id}
            onClick={() => onSelect(node.id)}
          >
            <line
              class="edge-hit"
              x1={node.edge.from.x}
              y1={node.edge.from.y}
              x2={node.edge.to.x}
              y2={node.edge.to.y}
            />
            <line
              class="edge-line"
              x1={node.edge.from.x}
              y1={node.edge.from.y}
              x2={node.edge.to.x}
              y2={node.edge.to.y}
              stroke-width={node.edge.width}
            />
          </g>
        ))}
        {layout.nodes.map((node) =>
          node.pill ? (
            <g
              key={node.id}
              class={`pill${node.id === selected ? ' is-selected' : ''}`}
              onClick={() => onSelect(node.id)}
            >
              <rect
                x={node.pill.box.x}
                y={node.pill.box.y}
                width={node.pill.box.width}
                height={node.pill.box.height}
                rx={6}
              />
              {node.pill.lines.map((line, i) => (
                <text
                  key={i}
                  x={node.pill!.box.x + node.pill!.box.width / 2}
                  y={node.pill!.box.y + 14 + i * 14}
                  text-anchor="middle"
                >
                  {line}
                </text>
              ))}
            </g>
          ) : null,
        )}
      </g>
      {layout.nodes.map((node) => (
        <g
          key={node.id}
          class={`node${node.id === selected ? ' is-selected' : ''}`}
          data-id={node.id}
          role="button"
          tabindex={0}
          aria-pressed={node.id === selected}
          aria-label={markLabel(node)}
          onClick={() => onSelect(node.id)}
          onKeyDown={pressKeys(() => onSelect(node.id))}
        >
          <title>{markLabel(node)}</title>
          <circle cx={node.centre.x} cy={node.centre.y} r={node.radius} />
          <text class="node-label" x={node.label.x} y={node.label.y} text-anchor={node.label.anchor}>
            {node.label.text}
          </text>
        </g>
      ))}
      {/* Counts sit outside the marks: axe counts even aria-hidden text as part of a mark's
          visible label, and "3 Japan" would then have to appear in its accessible name. */}
      <g class="counts" aria-hidden="true">
        {layout.nodes.map((node) => (
          <text
            key={node.id}
            class={`node-count${node.id === selected ? ' is-selected' : ''}`}
            x={node.centre.x}
            y={node.centre.y + 4}
            text-anchor="middle"
          >
            {node.weight}
          </text>
        ))}
      </g>
      <g
        class={`node node-centre${centre.id === selected ? ' is-selected' : ''}`}
        data-id={centre.id}
        role="button"
        tabindex={0}
        aria-pressed={centre.id === selected}
        aria-label={`${centreName}: ${articleCount(lang, centreCount)}`}
        onClick={() => onSelect(centre.id)}
        onKeyDown={pressKeys(() => onSelect(centre.id))}
      >
        <title>{`${centreName}: ${articleCount(lang, centreCount)}`}</title>
        <circle cx={centre.centre.x} cy={centre.centre.y} r={centre.radius} />
        <text class="centre-label" x={centre.centre.x} y={centre.centre.y + 5} text-anchor="middle">
          {centreName}
        </text>
      </g>
    </svg>
  );
}
