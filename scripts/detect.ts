/**
 * Lists the mentions in text files.
 *   npm run -s detect -- FILE...            one JSON line per file: {"file", "mentions": [...]}
 *   npm run -s detect -- --dir IN --out OUT writes OUT/X.json for every IN/X.txt
 * A mention is {entity, start, end, text} with UTF-16 offsets. Errors: one line on stderr, exit 1.
 */
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { findMentions } from '../lib/find-mentions';
import { readUtf8 } from './read-utf8';

type Args = { files: string[] } | { dir: string; out: string };

function parseArgs(argv: string[]): Args {
  if (argv.length === 0) throw new Error('usage: detect FILE... | detect --dir IN --out OUT');
  if (!argv.includes('--dir') && !argv.includes('--out')) {
    const flag = argv.find((arg) => arg.startsWith('--'));
    if (flag) throw new Error(`unknown option ${flag}`);
    return { files: argv };
  }
  let dir: string | undefined;
  let out: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = argv[i + 1];
    if ((arg === '--dir' || arg === '--out') && (value === undefined || value.startsWith('--')))
      throw new Error(`${arg} needs a folder`);
    if (arg === '--dir') dir = value;
    else if (arg === '--out') out = value;
    else throw new Error(`unexpected argument ${arg} (with --dir, give only --dir IN --out OUT)`);
    i++;
  }
  if (!dir || !out) throw new Error('--dir and --out go together: detect --dir IN --out OUT');
  return { dir, out };
}

function mentionsOf(text: string) {
  return findMentions(text).map(({ entity, start, end }) => ({
    entity,
    start,
    end,
    text: text.slice(start, end),
  }));
}

function run(args: Args): void {
  if ('files' in args) {
    const texts = args.files.map((file) => [file, readUtf8(file)] as const); // read all first: fail before printing
    for (const [file, text] of texts) process.stdout.write(`${JSON.stringify({ file, mentions: mentionsOf(text) })}\n`);
    return;
  }
  let names: string[];
  try {
    if (!statSync(args.dir).isDirectory()) throw new Error(`${args.dir}: not a folder`);
    names = readdirSync(args.dir)
      .filter((name) => name.endsWith('.txt'))
      .sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new Error(`${args.dir}: no such folder`);
    throw error;
  }
  try {
    mkdirSync(args.out, { recursive: true });
  } catch {
    throw new Error(`${args.out}: cannot create the output folder`);
  }
  for (const name of names) {
    const text = readUtf8(join(args.dir, name));
    writeFileSync(join(args.out, `${basename(name, '.txt')}.json`), `${JSON.stringify(mentionsOf(text))}\n`);
  }
  process.stderr.write(`detect: ${names.length} file(s) written to ${args.out}\n`);
}

try {
  run(parseArgs(process.argv.slice(2)));
} catch (error) {
  process.stderr.write(`detect: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
