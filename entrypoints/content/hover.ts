import type { Annotator, PageMention } from './annotator';

export type HoverOptions = {
  annotator: Annotator;
  /** Hit-tests painted elements (the wrapping fallback); null where painting is not hittable. */
  rangeAt: (target: EventTarget | null) => { range: AbstractRange; live: Range } | null;
  /** How long the pointer rests on a mention before its card opens (a function: a setting). */
  dwellMs: number | (() => number);
  /** How long the card stays after the pointer leaves it and the mention. */
  graceMs: number;
  isInCard: (target: EventTarget | null) => boolean;
  onOpen: (mention: PageMention, range: Range) => void;
  onClose: () => void;
  /**
   * The pointer came to rest on a mention: the dwell has begun (time to get the card ready and
   * to ask for its articles, so that they are there when the dwell ends).
   */
  onDwellStart?: (mention: PageMention) => void;
  /** Cards open only while this holds (the activation key setting); key presses re-check. */
  isActivated?: (modifiers: Modifiers) => boolean;
};

type Modifiers = { altKey: boolean; ctrlKey: boolean; shiftKey: boolean; metaKey: boolean };

export type HoverTracker = { dispose(): void; current(): PageMention | null };

/**
 * Finds the mention under the pointer. Pointer events never reach a highlight, so each move is
 * hit-tested: the caret position under the pointer, then the mention's own client rects.
 */
export function trackHover(options: HoverOptions): HoverTracker {
  const { annotator, rangeAt, graceMs, isInCard, onOpen, onClose } = options;
  const dwellMs = () => (typeof options.dwellMs === 'function' ? options.dwellMs() : options.dwellMs);
  /** The modifier keys held now: from the last pointer move, updated by key presses. */
  let modifiers: Modifiers = { altKey: false, ctrlKey: false, shiftKey: false, metaKey: false };
  let frame = 0;
  let lastEvent: PointerEvent | null = null;
  let candidate: PageMention | null = null;
  let open: PageMention | null = null;
  let dwellTimer: ReturnType<typeof setTimeout> | undefined;
  let graceTimer: ReturnType<typeof setTimeout> | undefined;

  const cancelDwell = () => {
    clearTimeout(dwellTimer);
    dwellTimer = undefined;
    candidate = null;
  };
  const scheduleClose = () => {
    if (!open || graceTimer !== undefined) return;
    graceTimer = setTimeout(() => {
      graceTimer = undefined;
      open = null;
      onClose();
    }, graceMs);
  };
  const keepOpen = () => {
    clearTimeout(graceTimer);
    graceTimer = undefined;
  };

  const hitAt = (event: PointerEvent) =>
    mentionAtTarget(annotator, rangeAt, event.target) ?? mentionAtPoint(annotator, event.clientX, event.clientY);

  const check = () => {
    frame = 0;
    const event = lastEvent;
    if (!event) return;
    if (isInCard(event.target)) {
      cancelDwell();
      keepOpen();
      return;
    }
    const hit = hitAt(event);
    if (!hit) {
      cancelDwell();
      scheduleClose();
      return;
    }
    if (open && hit.mention === open) {
      cancelDwell();
      keepOpen();
      return;
    }
    // Without the activation key a card that is open stays, but no other opens.
    if (options.isActivated && !options.isActivated(modifiers)) {
      cancelDwell();
      scheduleClose();
      return;
    }
    if (candidate === hit.mention) return;
    cancelDwell();
    candidate = hit.mention;
    options.onDwellStart?.(hit.mention);
    dwellTimer = setTimeout(() => {
      dwellTimer = undefined;
      if (candidate !== hit.mention) return;
      candidate = null;
      // A move not checked yet (its animation frame is late on a busy page) may have left the
      // name: it decides first, or a fast pass over a name would open a card. Its own check
      // follows in that frame.
      if (frame && lastEvent && (isInCard(lastEvent.target) || hitAt(lastEvent)?.mention !== hit.mention)) return;
      keepOpen();
      open = hit.mention;
      onOpen(hit.mention, hit.range);
    }, dwellMs());
  };

  const onMove = (event: PointerEvent) => {
    lastEvent = event;
    modifiers = event;
    if (!frame) frame = requestAnimationFrame(check);
  };
  // Pressing or releasing the activation key with the pointer at rest on a mention.
  const onKey = (event: KeyboardEvent) => {
    if (!options.isActivated || !lastEvent) return;
    modifiers = event;
    if (!frame) frame = requestAnimationFrame(check);
  };
  const onLeave = () => {
    cancelDwell();
    scheduleClose();
  };

  document.addEventListener('pointermove', onMove, { passive: true, capture: true });
  document.documentElement.addEventListener('pointerleave', onLeave, { passive: true });
  document.addEventListener('keydown', onKey, { passive: true, capture: true });
  document.addEventListener('keyup', onKey, { passive: true, capture: true });
  return {
    current: () => open,
    dispose() {
      cancelDwell();
      keepOpen();
      cancelAnimationFrame(frame);
      document.removeEventListener('pointermove', onMove, { capture: true });
      document.documentElement.removeEventListener('pointerleave', onLeave);
      document.removeEventListener('keydown', onKey, { capture: true });
      document.removeEventListener('keyup', onKey, { capture: true });
    },
  };
}

/** The mention painted by the element under the pointer (the wrapping fallback). */
function mentionAtTarget(
  annotator: Annotator,
  rangeAt: HoverOptions['rangeAt'],
  target: EventTarget | null,
): { mention: PageMention; range: Range } | null {
  const hit = rangeAt(target);
  const mention = hit ? annotator.mentionOfRange(hit.range) : null;
  return hit && mention ? { mention, range: hit.live } : null;
}

/** The mention whose painted text is under (x, y), with a live Range for positioning the card. */
export function mentionAtPoint(
  annotator: Annotator,
  x: number,
  y: number,
): { mention: PageMention; range: Range } | null {
  const caret = caretAt(x, y, annotator.shadowRoots());
  if (!caret || caret.node.nodeType !== Node.TEXT_NODE) return null;
  const mention = annotator.mentionAt(caret.node as Text, caret.offset);
  if (!mention) return null;
  const range = liveRange(mention.range);
  // The caret snaps to the nearest character: confirm the pointer is really over the name.
  for (const rect of range.getClientRects()) {
    if (x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1) {
      return { mention, range };
    }
  }
  return null;
}

export function liveRange(range: AbstractRange): Range {
  const live = document.createRange();
  live.setStart(range.startContainer, range.startOffset);
  live.setEnd(range.endContainer, range.endOffset);
  return live;
}

function caretAt(x: number, y: number, shadowRoots: ShadowRoot[]): { node: Node; offset: number } | null {
  if (typeof document.caretPositionFromPoint === 'function') {
    // Without the open shadow roots named, a caret inside one is reported at its host.
    const position = document.caretPositionFromPoint(x, y, { shadowRoots });
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  const range = (
    document as Document & { caretRangeFromPoint?: (x: number, y: number) => Range | null }
  ).caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}
