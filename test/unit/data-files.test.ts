import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { CorpusSchema } from '../../lib/article-schema';
import { GazetteerExtraSchema, OfficialsSchema } from '../../lib/gazetteer-sources-schema';
import { GazetteerSchema, MatcherTablesSchema } from '../../lib/gazetteer-schema';
import { SearchIndexFileSchema } from '../../lib/search-index';
import { SourcesSchema } from '../../lib/source-schema';
import { TopicLexiconSchema } from '../../lib/topic-schema';

const dataDir = fileURLToPath(new URL('../../data/', import.meta.url));

/** Every data/*.json file and the schema it must satisfy. A new data file registers here. */
const SCHEMAS: Record<string, z.ZodType> = {
  'gazetteer.json': GazetteerSchema,
  'gazetteer-extra.json': GazetteerExtraSchema,
  'officials.json': OfficialsSchema,
  'corpus.json': CorpusSchema,
  'topics.json': TopicLexiconSchema,
  'sources.json': SourcesSchema,
  'search-index.json': SearchIndexFileSchema,
  'matcher.json': MatcherTablesSchema,
};

const present = readdirSync(dataDir).filter((name) => name.endsWith('.json'));

describe('data files', () => {
  it.each(present)('%s has a schema registered', (name) => {
    expect(Object.keys(SCHEMAS), `register a schema for data/${name} in ${import.meta.url}`).toContain(name);
  });

  it.each(Object.keys(SCHEMAS))('%s parses with its schema (or does not exist yet)', (name) => {
    const path = `${dataDir}${name}`;
    if (!existsSync(path)) return; // registered ahead of the code that writes it
    const result = SCHEMAS[name]!.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    expect(result.success ? [] : result.error.issues.slice(0, 5)).toEqual([]);
  });
});
