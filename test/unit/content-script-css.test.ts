import { describe, expect, it } from 'vitest';
import { pageStylingSelectors } from '../../scripts/check-bundle';

describe('pageStylingSelectors (content-script CSS that would style the page)', () => {
  it('accepts our ::highlight() rules, minified or not, with comments', () => {
    const css =
      '/* ours */ ::highlight(entente-country){background-color:#3884ff47}' +
      '::highlight(entente-person-line) { text-decoration: underline 2px }\n';
    expect(pageStylingSelectors(css)).toEqual([]);
  });

  it('names every other selector: classes, elements, another highlight, a selector list', () => {
    const css =
      '.article{padding:.6em 0}::highlight(entente-country),.snippet{margin:0}' +
      'body{color:red}::highlight(search-results){color:blue}';
    expect(pageStylingSelectors(css)).toEqual(['.article', '.snippet', 'body', '::highlight(search-results)']);
  });

  it('rejects at-rules and anything left over', () => {
    expect(pageStylingSelectors('@media print{::highlight(entente-country){color:red}}')).not.toEqual([]);
    expect(pageStylingSelectors('@import url(x.css);')).toEqual(['@import url(x.css);']);
  });
});
