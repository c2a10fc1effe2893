import { ArticleSchema, type Article, type Corpus } from './article-schema';
import { articleText } from './article-text';
import { extractArticle, type ExtractDeps, type RawPage } from './extract-article';
import { assignStoryKeys } from './story-key';

/** A record that failed validation, naming the raw file and the field. */
export class CorpusBuildError extends Error {
  constructor(
    readonly file: string,
    readonly field: string,
    detail: string,
  ) {
    super(`${file}: field "${field}": ${detail}`);
    this.name = 'CorpusBuildError';
  }
}

/** Checks one record against ArticleSchema; throws CorpusBuildError naming the file and the first bad field. */
export function validateArticle(article: Article, file: string): Article {
  const result = ArticleSchema.safeParse(article);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new CorpusBuildError(file, issue?.path.join('.') || '(record)', issue?.message ?? 'invalid');
  }
  return result.data;
}

/**
 * Builds the corpus from raw pages: extracts and validates each page, groups stories across the
 * corpus and sorts articles by id, so the same pages always give the same corpus.
 */
export function buildCorpus(pages: readonly RawPage[], deps: ExtractDeps): Corpus {
  const articles = pages.map((page) => validateArticle(extractArticle(page, deps), page.file));
  const seen = new Map<string, string>();
  for (const article of articles) {
    const other = seen.get(article.id);
    if (other !== undefined) {
      throw new CorpusBuildError(article.source.file, 'id', `"${article.id}" is also the id of ${other}`);
    }
    seen.set(article.id, article.source.file);
  }
  const stories = assignStoryKeys(
    articles.map((article) => ({
      id: article.id,
      date: article.date,
      entities: article.entities.map((entity) => entity.id),
      topics: article.topics,
      text: articleText(article),
    })),
  );
  const grouped = articles.map((article) => ({
    ...article,
    story: stories.get(article.id) ?? article.id,
  }));
  grouped.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { version: 1, articles: grouped };
}

/** Stable JSON for data/corpus.json: two-space indent, key order of the schema, final newline. */
export function serializeCorpus(corpus: Corpus): string {
  return `${JSON.stringify(corpus, null, 2)}\n`;
}
