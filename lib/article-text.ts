import type { Article } from './article-schema';

/**
 * The text that entity offsets (`entities[].first`) point into: the title, then each paragraph,
 * joined by "\n". Every module that maps offsets back to text must build it with this function.
 */
export function articleText(article: Pick<Article, 'title' | 'paragraphs'>): string {
  return [article.title, ...article.paragraphs].join('\n');
}
