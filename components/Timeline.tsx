import type { TimelineLayout, TimelineMark } from '../lib/corpus-graph';
import type { UiLang } from '../lib/languages';
import { articleCount, formatPeriod } from '../lib/explore-text';
import { uiString } from '../lib/ui-strings';
import { pressKeys } from './press-keys';

export type TimelineProps = {
  layout: TimelineLayout;
  lang: UiLang;
  /** The selected mark's key, or "undated". */
  selected: string | null;
  onSelect: (key: string) => void;
  labelledBy: string;
};

export const UNDATED = 'undated';

/** The articles on a time axis: one mark per day, month or year, its height the number of articles; undated ones apart. */
export function Timeline({ layout, lang, selected, onSelect, labelledBy }: TimelineProps) {
  const label = (mark: TimelineMark) =>
    `${formatPeriod(lang, mark.start, mark.unit)}: ${articleCount(lang, mark.articleIds.length)}`;
  const showCounts = layout.marks.length <= 40;
  return (
    <div class="timeline">
      {layout.marks.length > 0 ? (
        <svg
          class="timeline-chart"
          viewBox={`0 0 ${layout.width} ${layout.height}`}
          role="group"
          aria-labelledby={labelledBy}
        >
          <line
            class="axis"
            x1={layout.axis.x1}
            y1={layout.axis.y}
            x2={layout.axis.x2}
            y2={layout.axis.y}
            aria-hidden="true"
          />
          <g aria-hidden="true">
            {layout.ticks.map((tick) => (
              <g key={tick.date} class="tick">
                <line x1={tick.x} y1={layout.axis.y} x2={tick.x} y2={layout.axis.y + 5} />
                <text x={tick.x} y={layout.axis.y + 20} text-anchor="middle">
                  {formatPeriod(lang, tick.date, tick.unit, true)}
                </text>
              </g>
            ))}
          </g>
          {layout.marks.map((mark) => (
            <g
              key={mark.key}
              class={`mark${mark.key === selected ? ' is-selected' : ''}`}
              data-key={mark.key}
              role="button"
              tabindex={0}
              aria-pressed={mark.key === selected}
              aria-label={label(mark)}
              onClick={() => onSelect(mark.key)}
              onKeyDown={pressKeys(() => onSelect(mark.key))}
            >
              <title>{label(mark)}</title>
              <rect class="mark-hit" x={mark.x - 2} y={4} width={mark.width + 4} height={layout.axis.y - 4} />
              <rect class="mark-bar" x={mark.x} y={mark.y} width={mark.width} height={mark.height} rx={2} />
              {showCounts ? (
                <text class="mark-count" x={mark.x + mark.width / 2} y={mark.y - 4} text-anchor="middle">
                  {mark.articleIds.length}
                </text>
              ) : null}
            </g>
          ))}
        </svg>
      ) : (
        <p class="muted">{uiString(lang, 'exploreNoDates')}</p>
      )}
      {layout.undated.length > 0 ? (
        <p class="undated-row">
          <button
            type="button"
            class={`undated${selected === UNDATED ? ' is-selected' : ''}`}
            aria-pressed={selected === UNDATED}
            onClick={() => onSelect(UNDATED)}
          >
            {uiString(lang, 'exploreUndated', { count: articleCount(lang, layout.undated.length) })}
          </button>
          <span class="muted">{uiString(lang, 'exploreUndatedHint')}</span>
        </p>
      ) : null}
    </div>
  );
}
