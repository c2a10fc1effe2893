import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, SETTINGS_VERSION } from '../../lib/settings';

// WXT's storage finds the browser as `globalThis.chrome` when its module first loads (the store,
// and so the storage module, is only imported below), and our store imports it from wxt/browser.
(globalThis as { chrome?: unknown }).chrome = fakeBrowser;
vi.mock('wxt/browser', () => ({ browser: fakeBrowser }));

/** A fresh copy of the store, so its storage item (and its migrations) are defined anew. */
async function freshStore() {
  vi.resetModules();
  return import('../../utils/settings-store');
}

describe('settings store (sync:settings)', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('stores only what differs from the defaults, and nothing for the defaults', async () => {
    const store = await freshStore();
    await store.saveSettings({
      ...DEFAULT_SETTINGS,
      hoverDelayMs: 500,
      kinds: { ...DEFAULT_SETTINGS.kinds, person: false },
    });
    expect(await fakeBrowser.storage.sync.get('settings')).toEqual({
      settings: { hoverDelayMs: 500, kinds: { person: false } },
    });
    expect((await fakeBrowser.storage.sync.get('settings$')).settings$).toEqual({ v: SETTINGS_VERSION });
    await store.saveSettings({ ...DEFAULT_SETTINGS });
    expect(await fakeBrowser.storage.sync.get('settings')).toEqual({});
  });

  it('migrates a v1 value stored by an old version when the item is first used', async () => {
    await fakeBrowser.storage.sync.set({
      settings: { blockedSites: ['https://www.bbc.com'], highlightPeople: false, hoverDelay: 1 },
    });
    const store = await freshStore();
    expect(await store.loadSettings()).toEqual({
      ...DEFAULT_SETTINGS,
      disabledSites: ['bbc.com'],
      kinds: { ...DEFAULT_SETTINGS.kinds, person: false },
      hoverDelayMs: 1000,
    });
    expect(await fakeBrowser.storage.sync.get(['settings', 'settings$'])).toEqual({
      settings: { disabledSites: ['bbc.com'], kinds: { person: false }, hoverDelayMs: 1000 },
      settings$: { v: 2 },
    });
  });

  it('reads a corrupt stored value field by field', async () => {
    await fakeBrowser.storage.sync.set({
      settings: { style: 'underline', hoverDelayMs: 'fast', cardArticles: 6 },
      settings$: { v: 2 },
    });
    const store = await freshStore();
    expect(await store.loadSettings()).toEqual({ ...DEFAULT_SETTINGS, style: 'underline', cardArticles: 6 });
  });

  it('updates and tells watchers, parsed', async () => {
    const store = await freshStore();
    const seen: unknown[] = [];
    const unwatch = store.watchSettings((settings) => seen.push(settings.disabledSites));
    await store.updateSettings((s) => ({ ...s, disabledSites: ['bbc.com'] }));
    await vi.waitFor(() => expect(seen).toEqual([['bbc.com']]));
    unwatch();
  });
});
