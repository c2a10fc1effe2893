import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// See docs/ARCHITECTURE.md for what each entrypoint does and README.md for why each permission is needed.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: ({ browser }) => ({
    name: 'Entente',
    description:
      'Highlights countries and officials on any news page and shows related Ukrainian defence-cooperation articles. Works offline; sends nothing anywhere.',
    // activeTab: the popup learns the current tab's address (to explain a page it cannot read)
    // only when the user opens it. Content scripts come from the manifest's match patterns.
    // scripting: "Add this page to Entente" injects the article reader into that one tab (with
    // activeTab, on the user's click). contextMenus: that command and "Search Entente for …".
    // storage + unlimitedStorage: the reader's own articles, kept locally, never sent anywhere.
    permissions: ['activeTab', 'scripting', 'contextMenus', 'storage', 'unlimitedStorage'],
    // Extension pages only load our own bundled code; nothing is fetched from the network.
    content_security_policy:
      browser === 'firefox' ? undefined : { extension_pages: "script-src 'self'; object-src 'self'" },
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
