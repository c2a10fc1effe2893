/**
 * The content script's life after its extension goes away.
 *
 * When the extension is reloaded, updated, disabled or removed, Chrome leaves the old content
 * script running in every open tab: `runtime.id` becomes undefined and each runtime call throws
 * "Extension context invalidated", but nothing tells the script. Left alone it would keep its
 * highlights, hit-test every pointer move and open cards that can only fail. So it checks (every
 * second, when the tab becomes visible again, and when a message to the background fails) and
 * then invalidates WXT's context, whose `onInvalidated` callbacks remove our highlights,
 * listeners, observers, timers and the card's host: the page is left as if we had never run.
 *
 * The new version is not injected into tabs that are already open (that needs the `scripting`
 * permission and host access; Entente has neither, only activeTab): a tab is annotated again
 * when it next loads. test/e2e/reload.test.ts holds both halves.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** Whether this script's extension is gone (reloaded, updated, disabled or removed). */
export function isExtensionContextGone(): boolean {
  try {
    return !browser.runtime?.id;
  } catch {
    // Some builds throw on any access to an invalidated runtime.
    return true;
  }
}

export type ContextWatch = {
  /** Checks now; true when the context is gone (and the teardown has run). */
  check(): boolean;
};

/** Invalidates `ctx` as soon as the extension is found gone (see the module comment). */
export function watchExtensionContext(ctx: ContentScriptContext, { intervalMs = 1000 } = {}): ContextWatch {
  const check = (): boolean => {
    if (ctx.signal.aborted) return true;
    if (!isExtensionContextGone()) return false;
    try {
      // WXT's getter sees the missing runtime id and aborts the context, running onInvalidated.
      return ctx.isInvalid;
    } catch {
      // It reads the runtime too, which may throw once the extension is gone: abort directly.
      ctx.abort('Extension context invalidated');
      return true;
    }
  };
  const onVisibility = () => void check();
  const timer = setInterval(check, intervalMs);
  document.addEventListener('visibilitychange', onVisibility);
  ctx.onInvalidated(() => {
    clearInterval(timer);
    document.removeEventListener('visibilitychange', onVisibility);
  });
  return { check };
}

/**
 * Runs one teardown step; an error (a runtime API of the invalidated extension may throw) is
 * swallowed so the steps after it still run and nothing reaches the page as uncaught.
 */
export function safely(step: () => void): void {
  try {
    step();
  } catch {
    // Nothing to do: the extension is gone, and the step's object with it.
  }
}
