import { autoUpdate, computePosition, flip, offset, shift, size } from '@floating-ui/dom';
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { HoverCard, type HoverCardState } from '../../components/HoverCard';
import type { UiLang } from '../../lib/languages';
import { CARD_HOST_TAG } from './card-handoff';
import { CARD_CSS } from './card-style';

export type CardUi = {
  show(anchor: Range, state: HoverCardState): void;
  update(state: HoverCardState): void;
  hide(): void;
  isOpen(): boolean;
  /** True for our host element and anything in it. */
  contains(node: Node | null): boolean;
  focus(): void;
  hasFocus(): boolean;
  /** Paints the open card again (the UI language changed). */
  repaint: () => void;
  /**
   * Adds the (empty) host to the page ahead of a card, during the hover dwell: on a big page the
   * insertion costs a style pass, which is better paid before the card is due than after.
   */
  prepare(): void;
};

export type CardUiOptions = {
  ctx: ContentScriptContext;
  /** The UI language, or a function giving it now (the language setting can change). */
  lang: UiLang | (() => UiLang);
  onOpenArticle: (id: string) => void;
  onMore: (entity: string) => void;
  onClose: () => void;
};

/**
 * The hover card in its own shadow root. The host is added to the page the first time a card
 * opens, beside <body> (under <html>) so a transformed body does not move it, and is the only
 * node Entente ever adds.
 */
export async function createCardUi({ ctx, lang, onOpenArticle, onMore, onClose }: CardUiOptions): Promise<CardUi> {
  let layer: HTMLElement | null = null;
  let anchor: Range | null = null;
  let state: HoverCardState | null = null;
  let stopAutoUpdate: (() => void) | null = null;

  const ui: ShadowRootContentScriptUi<HTMLElement> = await createShadowRootUi(ctx, {
    name: CARD_HOST_TAG,
    position: 'inline',
    anchor: () => document.documentElement,
    append: 'last',
    css: CARD_CSS,
    isolateEvents: ['keydown', 'keyup', 'keypress', 'click', 'mousedown', 'pointerdown'],
    onMount(container) {
      const element = document.createElement('div');
      element.className = 'layer';
      container.append(element);
      return element;
    },
    onRemove(element) {
      if (element) render(null, element);
    },
  });

  const paint = () => {
    if (!layer || !state) return;
    render(
      <HoverCard
        state={state}
        lang={typeof lang === 'function' ? lang() : lang}
        onOpenArticle={onOpenArticle}
        onMore={onMore}
        onClose={onClose}
      />,
      layer,
    );
  };

  const place = () => {
    if (!layer || !anchor) return;
    const range = anchor;
    // Scrolling the mention out of view closes its card.
    const rect = range.getBoundingClientRect();
    if (
      rect.bottom < 0 ||
      rect.top > innerHeight ||
      rect.right < 0 ||
      rect.left > innerWidth ||
      !range.startContainer.isConnected
    ) {
      onClose();
      return;
    }
    const reference = {
      getBoundingClientRect: () => range.getBoundingClientRect(),
      getClientRects: () => range.getClientRects(),
    };
    void computePosition(reference, layer, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [
        offset(6),
        flip({ fallbackPlacements: ['top-start', 'bottom-end', 'top-end', 'right', 'left'] }),
        // The layer is a flex column: its max height shrinks the card (which scrolls) to the room.
        size({
          padding: 8,
          apply({ availableHeight, elements }) {
            elements.floating.style.maxHeight = `${Math.max(120, availableHeight)}px`;
          },
        }),
        // In a viewport too short for even that (a small frame), slide it into view rather than
        // cut it off.
        shift({ padding: 8, crossAxis: true }),
      ],
    }).then(({ x, y }) => {
      if (!layer) return;
      layer.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
    });
  };

  return {
    repaint: paint,
    prepare() {
      if (!ui.mounted) ui.mount();
    },
    show(range, next) {
      if (!ui.mounted) ui.mount();
      layer = ui.mounted ?? null;
      anchor = range;
      state = next;
      paint();
      stopAutoUpdate?.();
      if (layer) {
        const reference = {
          getBoundingClientRect: () => range.getBoundingClientRect(),
          contextElement: range.startContainer.parentElement ?? undefined,
        };
        stopAutoUpdate = autoUpdate(reference, layer, place, { animationFrame: false });
      }
    },
    update(next) {
      state = next;
      paint();
      place();
    },
    hide() {
      stopAutoUpdate?.();
      stopAutoUpdate = null;
      anchor = null;
      state = null;
      if (layer) render(null, layer);
    },
    isOpen: () => state !== null,
    contains: (node) => !!node && (node === ui.shadowHost || ui.shadowHost.contains(node)),
    hasFocus: () => ui.shadow.activeElement !== null,
    focus() {
      ui.shadow.querySelector<HTMLElement>('.article-title, .close')?.focus();
    },
  };
}
