import type { EntityInfo, ParagraphMention } from '../lib/messages';

export type MarkedTextProps = {
  text: string;
  mentions: ReadonlyArray<Pick<ParagraphMention, 'start' | 'end' | 'entity' | 'kind'>>;
  entities: ReadonlyMap<string, EntityInfo>;
  /** Where a mention leads (the entity's other articles). */
  hrefFor: (entity: EntityInfo) => string;
};

/** A paragraph with its mentions as links to the entity's articles; text only, never markup. */
export function MarkedText({ text, mentions, entities, hrefFor }: MarkedTextProps) {
  const parts: Array<string | { text: string; entity: EntityInfo; kind: string }> = [];
  let at = 0;
  for (const m of [...mentions].sort((a, b) => a.start - b.start)) {
    const entity = entities.get(m.entity);
    if (!entity || m.start < at || m.end > text.length) continue;
    if (m.start > at) parts.push(text.slice(at, m.start));
    parts.push({ text: text.slice(m.start, m.end), entity, kind: m.kind });
    at = m.end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return (
    <>
      {parts.map((part, i) =>
        typeof part === 'string' ? (
          part
        ) : (
          <a
            key={i}
            class={`mention mention-${part.entity.type}${part.kind === 'adjective' ? ' mention-adjective' : ''}`}
            href={hrefFor(part.entity)}
            title={part.entity.role ? `${part.entity.name} — ${part.entity.role}` : part.entity.name}
          >
            {part.text}
          </a>
        ),
      )}
    </>
  );
}
