/**
 * Deterministic news-like pages for the page benchmark (scripts/bench-page.ts): stories in
 * Ukrainian, Russian, German and English, built from sentences of the seed texts (data/raw),
 * the corpus (data/corpus.json) and the labelled evaluation sentences, with realistic markup
 * (headings, bylines, paragraphs with inline b/i/a/span, lists, quotes, sidebars).
 *
 * The page has no whitespace between tags, so its body's text nodes are exactly the text we
 * emit: the generator knows every block's text and where it starts in the concatenated body
 * text, which is what the mark.js peer needs to wrap the same matches.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { findMentions } from '../../lib/find-mentions';
import { createRandom as randomFrom } from '../../lib/seeded-random';

const repo = fileURLToPath(new URL('../../', import.meta.url));

type Lang = 'uk' | 'ru' | 'de' | 'en';
const LANGS: ReadonlyArray<{ lang: Lang; weight: number }> = [
  { lang: 'uk', weight: 0.3 },
  { lang: 'ru', weight: 0.2 },
  { lang: 'de', weight: 0.2 },
  { lang: 'en', weight: 0.3 },
];

/** A block of text as the content script reads it: a leaf block element's joined inline text. */
export type PageTextBlock = { text: string; start: number };

export type NewsPage = {
  html: string;
  /** UTF-8 bytes of the body's text. */
  textBytes: number;
  /** UTF-16 length of the body's text (document.body.textContent.length). */
  textLength: number;
  /** Every text-bearing block in document order; all are leaf block elements. */
  blocks: PageTextBlock[];
};

// A few English wire-style sentences of our own, so English stories are not only the short
// evaluation sentences. Names and countries occur as they do in the news.
const ENGLISH_SENTENCES = [
  'President Volodymyr Zelensky said on Tuesday that Ukraine and Japan would start talks on joint production of interceptor drones.',
  'Defence Minister Rustem Umerov met his counterparts from Lithuania and Poland in Vilnius to discuss ammunition supplies.',
  'Germany has pledged another air defence system, the ministry in Berlin said, after a phone call between the two leaders.',
  'France is ready to let its companies build unmanned aircraft for the Armed Forces of Ukraine, Sébastien Lecornu told reporters.',
  'Prime Minister Sanae Takaichi said Japan would study the request carefully under its rules on defence exports.',
  'Officials in Kyiv described the meeting with Kęstutis Budrys as very productive.',
  'The United States and the United Kingdom welcomed the agreement, which still needs approval in parliament.',
  'Estonia, Latvia and Lithuania will build a common buffer zone along their eastern borders, their defence ministers said.',
  'Turkey remains a key partner for Black Sea shipping, analysts in Istanbul noted.',
  'Norway will finance the production of sea drones in Ukraine as part of a new support package.',
  'The talks in Brussels also touched on long-range strike systems and armoured vehicles.',
  'Zelensky thanked Japan for its humanitarian support and invited the prime minister to visit Ukraine.',
  'A spokesperson for the ministry declined to comment on the timing of the deliveries.',
  'Markets in Europe rose slightly on Wednesday as investors weighed the latest economic data.',
  'The weather service warned of heavy rain in the west of the country over the weekend.',
  'Umerov said the new contracts would be signed before the end of the year.',
];

const BYLINES = ['Olha Kovalenko', 'Anna Schmidt', 'Dmytro Melnyk', 'James Carter', 'Irina Sokolova', 'Lukas Weber'];
const SECTIONS = ['World', 'Defence', 'Economy', 'Europe', 'Opinion', 'Technology', 'Sport', 'Culture'];
const INLINE_TAGS = ['b', 'i', 'em', 'strong', 'a', 'span'] as const;

function splitSentences(paragraph: string): string[] {
  return (paragraph.match(/[^.!?]+[.!?]+["»“”]?|[^.!?]+$/g) ?? []).map((s) => s.trim()).filter((s) => s.length > 20);
}

/**
 * The seed texts are about exactly the countries and officials we look for: nearly every
 * sentence names one. Real news pages are thinner, so a paragraph sentence names something with
 * this probability, else it is drawn from the sentences that name nothing. Headlines, lists and
 * sidebars keep their names, so a page still has about 5,500 mentions per MB of text.
 */
const NAMED_SENTENCE_SHARE = 0.15;

type Sources = {
  sentences: Record<Lang, string[]>;
  neutral: Record<Lang, string[]>;
  bullets: Record<Lang, string[]>;
  titles: Record<Lang, string[]>;
};

let sourcesCache: Sources | undefined;

/** Sentences, list items and titles per language, from the repository's own texts. */
function loadSources(): Sources {
  if (sourcesCache) return sourcesCache;
  const sentences: Record<Lang, string[]> = { uk: [], ru: [], de: [], en: [...ENGLISH_SENTENCES] };
  const bullets: Record<Lang, string[]> = { uk: [], ru: [], de: [], en: [] };
  const titles: Record<Lang, string[]> = { uk: [], ru: [], de: [], en: [] };
  const isLang = (lang: string): lang is Lang => lang === 'uk' || lang === 'ru' || lang === 'de' || lang === 'en';

  const corpus = JSON.parse(readFileSync(`${repo}data/corpus.json`, 'utf8')) as {
    articles: Array<{ id: string; title: string; lang: string; lead?: string; paragraphs: string[] }>;
  };
  const langOfFile = new Map<string, Lang>();
  for (const article of corpus.articles) {
    if (!isLang(article.lang)) continue;
    langOfFile.set(article.id.replace('-', '_'), article.lang);
    titles[article.lang].push(article.title);
    for (const p of [article.lead ?? '', ...article.paragraphs]) {
      if (p.startsWith('- ')) bullets[article.lang].push(p.slice(2));
      else sentences[article.lang].push(...splitSentences(p));
    }
  }
  for (const name of readdirSync(`${repo}data/raw`).sort()) {
    const lang = langOfFile.get(name.replace(/\.txt$/, ''));
    if (!lang) continue;
    for (const line of readFileSync(`${repo}data/raw/${name}`, 'utf8').split('\n')) {
      if (line.startsWith('- ')) bullets[lang].push(line.slice(2).trim());
      else sentences[lang].push(...splitSentences(line));
    }
  }
  for (const line of readFileSync(`${repo}test/fixtures/mentions/rules.jsonl`, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const { lang, text } = JSON.parse(line) as { lang: string; text: string };
    // Page text has no line breaks of its own (the HTML parser would fold \r\n): one line each.
    if (isLang(lang)) sentences[lang].push(...splitSentences(text.replace(/\s+/g, ' ')));
  }
  for (const lang of ['uk', 'ru', 'de', 'en'] as const) {
    sentences[lang] = [...new Set(sentences[lang])];
    if (bullets[lang].length === 0) bullets[lang] = sentences[lang].filter((s) => s.length < 120);
    if (titles[lang].length === 0) titles[lang] = sentences[lang].filter((s) => s.length < 110);
  }
  const neutral: Record<Lang, string[]> = { uk: [], ru: [], de: [], en: [] };
  for (const lang of ['uk', 'ru', 'de', 'en'] as const) {
    neutral[lang] = sentences[lang].filter((s) => findMentions(s).length === 0);
    const named = sentences[lang].filter((s) => findMentions(s).length > 0);
    if (neutral[lang].length > 0 && named.length > 0) sentences[lang] = named;
    else neutral[lang] = sentences[lang];
  }
  sourcesCache = { sentences, neutral, bullets, titles };
  return sourcesCache;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'));
}

/** HTML output that tracks the body text and its blocks as it is written. */
class PageWriter {
  private readonly html: string[] = [];
  readonly blocks: PageTextBlock[] = [];
  length = 0;
  bytes = 0;
  private block: { parts: string[]; start: number } | null = null;

  raw(html: string) {
    this.html.push(html);
  }
  /** A leaf block element: its content is inline only. */
  openBlock(tag: string, attrs = '') {
    this.html.push(`<${tag}${attrs}>`);
    this.block = { parts: [], start: this.length };
  }
  closeBlock(tag: string) {
    this.html.push(`</${tag}>`);
    const block = this.block;
    if (block && block.parts.length > 0) this.blocks.push({ text: block.parts.join(''), start: block.start });
    this.block = null;
  }
  text(text: string) {
    if (text.length === 0) return;
    if (!this.block) throw new Error('text outside a block');
    this.html.push(escapeHtml(text));
    this.block.parts.push(text);
    this.length += text.length;
    this.bytes += Buffer.byteLength(text);
  }
  toString() {
    return this.html.join('');
  }
}

const PAGE_CSS = `
body { margin: 0; font: 17px/1.6 Georgia, "Times New Roman", serif; color: #1d1d1f; background: #fbfaf7; }
header.site { background: #14213d; color: #fff; padding: 14px 32px; }
header.site p { margin: 0; font-size: 24px; }
header.site ul { list-style: none; margin: 6px 0 0; padding: 0; display: flex; gap: 16px; font: 14px system-ui, sans-serif; }
header.site a { color: #cfd8ea; text-decoration: none; }
.wrap { max-width: 1120px; margin: 0 auto; padding: 24px 32px; }
.story { border-bottom: 1px solid #e4e1da; padding-bottom: 12px; margin-bottom: 24px; }
.story h2 { font-size: 26px; line-height: 1.25; margin: 0 0 6px; }
.story h2 a { color: inherit; text-decoration: none; }
.meta { color: #666; font: 14px system-ui, sans-serif; }
.sidebar { float: right; width: 260px; margin: 0 0 16px 32px; font: 15px/1.5 system-ui, sans-serif; border-left: 1px solid #ddd; padding-left: 20px; }
.sidebar h3 { font-size: 13px; text-transform: uppercase; letter-spacing: .06em; color: #888; }
blockquote { margin: 16px 0; padding-left: 16px; border-left: 3px solid #14213d; font-style: italic; }
span.hl { color: #7a1f1f; }
footer { color: #888; font: 13px system-ui, sans-serif; text-align: center; padding: 32px; clear: both; }
`;

/**
 * A news page with about `textBytes` of UTF-8 body text. The same size and seed always give the
 * same page.
 */
export function newsPage(textBytes: number, seed = 20251122): NewsPage {
  const sources = loadSources();
  const random = randomFrom(seed ^ textBytes);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const pickLang = (): Lang => {
    let r = random();
    for (const { lang, weight } of LANGS) {
      if (r < weight) return lang;
      r -= weight;
    }
    return 'en';
  };
  const out = new PageWriter();

  /** Writes prose with inline markup: a run of words now and then in b/i/em/strong/a/span. */
  const inlineText = (text: string) => {
    const words = text.split(' ');
    let i = 0;
    while (i < words.length) {
      const r = random();
      const sep = i + 1 < words.length ? ' ' : '';
      if (r < 0.07 && words.length - i >= 1) {
        const n = Math.min(words.length - i, 1 + Math.floor(random() * 3));
        const tag = pick(INLINE_TAGS);
        const attrs = tag === 'a' ? ` href="/tag/${Math.floor(random() * 500)}"` : tag === 'span' ? ' class="hl"' : '';
        out.raw(`<${tag}${attrs}>`);
        out.text(words.slice(i, i + n).join(' '));
        out.raw(`</${tag}>`);
        i += n;
        out.text(i < words.length ? ' ' : '');
      } else if (r < 0.075 && words[i]!.length > 6) {
        // A word split by an inline tag, as some sites' markup does: "Sel<span>enskyj</span>".
        const word = words[i]!;
        const cut = 2 + Math.floor(random() * (word.length - 4));
        out.text(word.slice(0, cut));
        out.raw('<span>');
        out.text(word.slice(cut));
        out.raw('</span>');
        out.text(sep);
        i += 1;
      } else {
        // Plain words up to the next decision point.
        const n = Math.min(words.length - i, 1 + Math.floor(random() * 8));
        out.text(words.slice(i, i + n).join(' ') + (i + n < words.length ? ' ' : ''));
        i += n;
      }
    }
  };
  const paragraphOf = (lang: Lang) => {
    const count = 2 + Math.floor(random() * 4);
    const sentences: string[] = [];
    for (let k = 0; k < count; k++) {
      sentences.push(pick(random() < NAMED_SENTENCE_SHARE ? sources.sentences[lang] : sources.neutral[lang]));
    }
    return sentences.join(' ');
  };
  const title = (lang: Lang) => {
    const t = pick(sources.titles[lang]);
    return t.length > 110 ? `${t.slice(0, t.lastIndexOf(' ', 100))}…` : t;
  };

  out.raw(
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">`,
  );
  out.raw(`<title>The Kyiv Ledger: benchmark page</title><style>${PAGE_CSS}</style></head><body>`);
  out.raw('<header class="site">');
  out.openBlock('p');
  out.text('The Kyiv Ledger');
  out.closeBlock('p');
  out.raw('<nav><ul>');
  for (const section of SECTIONS) {
    out.openBlock('li');
    out.raw(`<a href="/${section.toLowerCase()}">`);
    out.text(section);
    out.raw('</a>');
    out.closeBlock('li');
  }
  out.raw('</ul></nav></header><div class="wrap"><main>');

  let story = 0;
  // Bounded: every story adds text, and the page never needs more than this many.
  while (out.bytes < textBytes && story < 100_000) {
    if (story % 6 === 3) {
      const lang = pickLang();
      out.raw('<aside class="sidebar">');
      out.openBlock('h3');
      out.text(
        lang === 'en'
          ? 'Most read'
          : lang === 'de'
            ? 'Meistgelesen'
            : lang === 'ru'
              ? 'Самое читаемое'
              : 'Найпопулярніше',
      );
      out.closeBlock('h3');
      out.raw('<ol>');
      for (let k = 0; k < 5; k++) {
        out.openBlock('li');
        out.raw(`<a href="/story/${Math.floor(random() * 9999)}">`);
        out.text(title(lang));
        out.raw('</a>');
        out.closeBlock('li');
      }
      out.raw('</ol></aside>');
    }
    const lang = pickLang();
    out.raw(`<article class="story" lang="${lang}">`);
    out.openBlock('h2');
    out.raw(`<a href="/story/${story}">`);
    out.text(title(lang));
    out.raw('</a>');
    out.closeBlock('h2');
    out.openBlock('p', ' class="meta"');
    out.raw('<span class="byline">');
    out.text(`${pick(BYLINES)}`);
    out.raw('</span>');
    out.text(' · ');
    const day = 1 + Math.floor(random() * 28);
    out.raw(`<time datetime="2025-11-${String(day).padStart(2, '0')}">`);
    out.text(`${day}.11.2025`);
    out.raw('</time>');
    out.closeBlock('p');
    const paragraphs = 3 + Math.floor(random() * 6);
    for (let k = 0; k < paragraphs; k++) {
      const r = random();
      if (r < 0.1) {
        out.openBlock('h3');
        out.text(title(lang));
        out.closeBlock('h3');
      } else if (r < 0.2) {
        out.raw('<ul>');
        const items = 2 + Math.floor(random() * 3);
        for (let j = 0; j < items; j++) {
          out.openBlock('li');
          inlineText(pick(sources.bullets[lang]));
          out.closeBlock('li');
        }
        out.raw('</ul>');
      } else if (r < 0.26) {
        out.openBlock('blockquote');
        inlineText(pick(random() < NAMED_SENTENCE_SHARE ? sources.sentences[lang] : sources.neutral[lang]));
        out.closeBlock('blockquote');
      }
      out.openBlock('p');
      inlineText(paragraphOf(lang));
      out.closeBlock('p');
    }
    out.raw('</article>');
    story++;
  }
  out.raw('</main></div><footer>');
  out.openBlock('p');
  out.text('© The Kyiv Ledger. A generated page for the Entente benchmark.');
  out.closeBlock('p');
  out.raw('</footer></body></html>');
  return { html: out.toString(), textBytes: out.bytes, textLength: out.length, blocks: out.blocks };
}
