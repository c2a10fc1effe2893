import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// See docs/ARCHITECTURE.md for what each entrypoint does and README.md for why each permission is needed.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  vite: () => ({
    plugins: [preact()],
  }),
  hooks: {
    // The hover card's code (entrypoints/hover-card.ts) runs on every page the content script
    // reads, in a content_scripts entry of its own right after the content script's: the browser
    // runs each entry in a task of its own (both files in one entry ran as one task), so the
    // card's compile and set-up are not part of the content script's first task, the longest
    // task of a big page's load (docs/decisions/0003).
    'build:manifestGenerated': (_wxt, manifest) => {
      const scripts = manifest.content_scripts ?? [];
      const content = scripts.find((script) => script.js?.includes('content-scripts/content.js'));
      if (!content) throw new Error('wxt.config.ts: no content_scripts entry runs content-scripts/content.js');
      // The same pages and frames; no CSS (the card's sheet is in its shadow root).
      const card = { ...content, js: ['hover-card.js'] };
      delete card.css;
      scripts.splice(scripts.indexOf(content) + 1, 0, card);
    },
  },
  manifest: ({ browser }) => ({
    name: 'Entente',
    description:
      'Highlights countries and officials on any news page and shows related Ukrainian defence-cooperation articles. Works offline; sends nothing anywhere.',
    // activeTab: the popup learns the current tab's address (to explain a page it cannot read)
    // only when the user opens it. Content scripts come from the manifest's match patterns.
    // storage: the user's settings (sync) and the reader's own articles (local, with
    // unlimitedStorage), never sent anywhere. contextMenus: "Turn Entente off on this site", "Add
    // this page to Entente" and "Search Entente for …". scripting: "Add this page" injects the
    // article reader into that one tab (with activeTab, on the user's click).
    permissions: ['activeTab', 'scripting', 'contextMenus', 'storage', 'unlimitedStorage'],
    // Extension pages only load our own bundled code and files; nothing is fetched from the
    // network, nothing is framed, no plugin, no form, no <base>. WXT writes it as MV2's string form
    // for Firefox MV2. scripts/check-manifest.ts holds every build to it.
    content_security_policy: {
      extension_pages:
        "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    },
    action: { default_title: 'Entente' },
    commands: {
      'next-mention': {
        suggested_key: { default: 'Alt+Shift+Period' },
        description: 'Go to the next highlighted mention and open its card',
      },
      'previous-mention': {
        suggested_key: { default: 'Alt+Shift+Comma' },
        description: 'Go to the previous highlighted mention and open its card',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'entente@entente.example',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads data_collection_permissions from 142 on.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
