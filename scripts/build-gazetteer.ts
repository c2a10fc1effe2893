/**
 * Writes data/gazetteer.json from Intl.DisplayNames and the hand-kept data files, and
 * data/matcher.json, the matcher's tables precompiled from it (lib/entity-matcher-tables.ts).
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildGazetteer, serializeGazetteer, type RegionNames } from '../lib/build-gazetteer';
import { matcherTables, serializeMatcherTables } from '../lib/entity-matcher-tables';
import { GazetteerExtraSchema, OfficialsSchema } from '../lib/gazetteer-sources-schema';
import { GAZETTEER_LANGS } from '../lib/languages';
import { readDataFile } from './read-data';

const dataDir = fileURLToPath(new URL('../data/', import.meta.url));

/**
 * Codes ICU names that are not current ISO 3166-1 countries: exceptionally reserved (AC CP CQ DG
 * EA IC TA), groupings and private use (EU EZ UN QO XA XB ZZ), withdrawn codes (AN BU CS DD ...).
 * XK (Kosovo) is user-assigned, not ISO, but news uses it everywhere: kept.
 */
const NOT_COUNTRIES = new Set(
  'AC CP CQ DG EA IC TA EU EZ UN QO XA XB ZZ AN BU CS DD DY FX HV NH RH SU TP UK VD YD YU ZR'.split(' '),
);

function regionNames(): Record<string, RegionNames> {
  const display = GAZETTEER_LANGS.map(
    (lang) => [lang, new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' })] as const,
  );
  const regions: Record<string, RegionNames> = {};
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      if (NOT_COUNTRIES.has(code)) continue;
      const names = Object.fromEntries(display.map(([lang, dn]) => [lang, dn.of(code)]));
      if (Object.values(names).some((name) => !name)) continue;
      regions[code] = names as RegionNames;
    }
  }
  return regions;
}

const regions = regionNames();
// 249 ISO 3166-1 countries plus Kosovo; a different count means ICU changed under us.
if (Object.keys(regions).length !== 250) {
  console.error(`build-gazetteer: expected 250 regions from Intl.DisplayNames, got ${Object.keys(regions).length}`);
  process.exit(1);
}
try {
  const gazetteer = buildGazetteer({
    regions,
    extra: readDataFile(`${dataDir}gazetteer-extra.json`, 'data/gazetteer-extra.json', GazetteerExtraSchema),
    officials: readDataFile(`${dataDir}officials.json`, 'data/officials.json', OfficialsSchema),
  });
  writeFileSync(`${dataDir}gazetteer.json`, serializeGazetteer(gazetteer));
  const aliasCount = gazetteer.entities.reduce((n, e) => n + e.aliases.length + e.adjectives.length, 0);
  console.log(`data/gazetteer.json: ${gazetteer.entities.length} entities, ${aliasCount} aliases and adjectives`);
  const tables = serializeMatcherTables(matcherTables(gazetteer));
  writeFileSync(`${dataDir}matcher.json`, tables);
  console.log(`data/matcher.json: ${Math.round(Buffer.byteLength(tables) / 1024)} KiB of precompiled matcher tables`);
} catch (error) {
  console.error(`build-gazetteer: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
