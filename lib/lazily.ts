/**
 * A value made on first use and kept. For the zod schemas the content script defines: building a
 * schema costs time, and a schema built at module load runs in the script's first task, the one
 * that holds up the page (docs/decisions/0003-page-annotation-performance.md).
 */
export function lazily<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}
