import type { Article } from '../../lib/article-schema';
import type { CorpusMessageHandler } from '../../lib/handle-message';
import { searchCorpus } from '../../lib/search-corpus';
import { openSearchIndex, type SearchDeps } from '../../lib/search-index';
import type { SearchQuery, SearchResult } from '../../lib/search-query';
import { loadUserArticles, watchUserArticles, type LoadedUserArticles } from '../../utils/user-articles-store';

/**
 * Puts the reader's own articles next to the bundled corpus: loads them at start, and whenever
 * they change (added, edited, deleted, imported in any tab) gives the handler the combined list
 * and a search index over it (built here: the prebuilt index covers only the bundled corpus).
 * Resolves once the stored articles are in, so no answer is given without them.
 */
export async function serveUserArticles(
  handle: CorpusMessageHandler,
  bundled: readonly Article[],
  bundledSearch: (query: SearchQuery) => SearchResult,
  searchDeps: SearchDeps,
): Promise<void> {
  const bundledIds = new Set(bundled.map((a) => a.id));
  const apply = ({ articles }: LoadedUserArticles): void => {
    const own = articles.filter((a) => !bundledIds.has(a.id));
    // None (or all deleted): the bundled corpus alone, with its prebuilt index.
    if (own.length === 0) return handle.setArticles(bundled, bundledSearch);
    const all = [...bundled, ...own];
    const { index } = openSearchIndex(all, searchDeps);
    handle.setArticles(all, (query) => searchCorpus(index, query));
  };
  let applied = 0;
  watchUserArticles((loaded) => {
    applied++;
    apply(loaded);
  });
  const first = await loadUserArticles().catch(() => null);
  // A change that arrived while loading is newer than what was read.
  if (first && applied === 0) apply(first);
}
