import type { ZodType } from 'zod';
import { duplicateKeys } from '../lib/json-duplicate-keys';
import { readUtf8 } from './read-utf8';

/**
 * A JSON data file checked against `schema`. A fault is one sentence naming the file (`label`)
 * and the place: invalid JSON, a key written twice in one object (JSON.parse would keep only the
 * last, silently), or the first field the schema rejects.
 */
export function readDataFile<T>(path: string, label: string, schema: ZodType<T>): T {
  const text = readUtf8(path);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new Error(`${label}: not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  const twice = duplicateKeys(text)[0];
  if (twice)
    throw new Error(`${label}:${twice.line}: "${twice.key}" is written twice in one object (JSON keeps only the last)`);
  const result = schema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(`${label}: field "${issue?.path.join('.') ?? ''}": ${issue?.message ?? 'invalid'}`);
  }
  return result.data;
}
