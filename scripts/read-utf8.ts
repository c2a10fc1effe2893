import { readFileSync } from 'node:fs';

/** A file's text, strictly UTF-8; failures are one clear sentence naming the file. */
export function readUtf8(path: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(path));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new Error(`${path}: no such file`);
    if (code === 'EISDIR') throw new Error(`${path}: is a folder, not a file`);
    if (code === 'EACCES') throw new Error(`${path}: permission denied`);
    if (error instanceof TypeError) throw new Error(`${path}: not valid UTF-8`);
    throw new Error(`${path}: cannot read (${code ?? String(error)})`);
  }
}
