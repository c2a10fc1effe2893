/** The hover card's styles, inside its shadow root. Sizes in px/em: rem would follow the page. */
export const CARD_CSS = `
/* The host: a 0x0 box fixed at the viewport's corner, above the page (its z-index is the card's:
   the host is the stacking context), its layout contained, so that a card opening or changing
   lays out the card alone, never the page (on a 5 MB page that layout took 4-11 ms a card). */
:host {
  all: initial !important; display: block !important; position: fixed !important; top: 0 !important;
  left: 0 !important; width: 0 !important; height: 0 !important; z-index: 2147483647 !important;
  contain: size layout style !important;
}
.layer { position: fixed; top: 0; left: 0; width: max-content; display: flex; flex-direction: column; }
.card {
  --bg: #ffffff; --fg: #1b1f24; --muted: #5a6472; --line: #d9dee5; --accent: #1f5fbf; --mark: #ffe08a;
  box-sizing: border-box; min-height: 0; width: 360px; max-width: calc(100vw - 16px); max-height: min(520px, calc(100vh - 16px));
  overflow: auto; background: var(--bg); color: var(--fg); border: 1px solid var(--line);
  border-radius: 10px; box-shadow: 0 8px 28px rgba(0,0,0,.18); padding: 12px 14px;
  font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; text-align: left;
  direction: ltr;
}
@media (prefers-color-scheme: dark) {
  .card { --bg: #1e2228; --fg: #e8ecf1; --muted: #a3adba; --line: #3a414b; --accent: #8ab4ff; --mark: #6b5410; }
}
header { display: flex; align-items: flex-start; justify-content: space-between; gap: 8px; }
h2 { margin: 0; font-size: 16px; font-weight: 650; }
h3 { margin: 10px 0 4px; font-size: 12px; font-weight: 600; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); }
.role { margin: 2px 0 0; color: var(--muted); font-size: 13px; }
.close { all: unset; cursor: pointer; font-size: 20px; line-height: 1; padding: 0 4px; color: var(--muted); border-radius: 4px; }
.close:focus-visible, .article-title:focus-visible, .more:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
ul { list-style: none; margin: 0; padding: 0; }
.article { padding: 8px 0; border-top: 1px solid var(--line); }
.article:first-child { border-top: none; }
.article-title { all: unset; cursor: pointer; color: var(--accent); font-weight: 600; font-size: 14px; line-height: 1.3; }
.article-title:hover { text-decoration: underline; }
.article-meta { display: flex; gap: 6px; align-items: center; margin-top: 3px; color: var(--muted); font-size: 12px; }
.lang { border: 1px solid var(--line); border-radius: 4px; padding: 0 4px; font-size: 11px; font-weight: 600; }
/* Two lines of snippet each, so three articles and "N more" fit the card without scrolling. */
.snippet {
  margin: 4px 0 0; font-size: 13px; color: var(--fg);
  display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 2; line-clamp: 2; overflow: hidden;
}
mark { background: var(--mark); color: inherit; border-radius: 2px; padding: 0 1px; }
.status { margin: 10px 0 2px; color: var(--muted); }
.error { color: #c0392b; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.more { all: unset; cursor: pointer; display: inline-block; margin-top: 6px; color: var(--accent); font-size: 13px; }
`;
