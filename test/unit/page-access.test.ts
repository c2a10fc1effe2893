import { describe, expect, it } from 'vitest';
import { whyUnreadable } from '../../lib/page-access';

describe('whyUnreadable', () => {
  it.each([
    ['chrome://extensions', 'browser-page'],
    ['about:blank', 'browser-page'],
    ['edge://settings', 'browser-page'],
    ['chrome-extension://abc/popup.html', 'browser-page'],
    ['https://chromewebstore.google.com/detail/x', 'store'],
    ['https://chrome.google.com/webstore/detail/x', 'store'],
    ['https://addons.mozilla.org/en-US/firefox/', 'store'],
    ['https://example.org/report.pdf', 'pdf'],
    ['chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/index.html?pdf', 'pdf'],
    ['file:///home/me/notes.html', 'local-file'],
    ['file:///home/me/paper.PDF', 'pdf'],
    ['https://news.example.org/story', 'not-loaded'],
    [undefined, 'unknown'],
    ['not a url', 'browser-page'],
  ])('explains %s as %s', (url, reason) => {
    expect(whyUnreadable(url)).toBe(reason);
  });
});
