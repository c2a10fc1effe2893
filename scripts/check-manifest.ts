/**
 * Security gates on the built manifests (`.output/{chrome-mv3,firefox-mv2,firefox-mv3}`): only
 * the permissions justified below (and in README.md's permissions table), content scripts only on
 * http(s) pages, no `externally_connectable`, no web-accessible resource that is not listed here,
 * and a strict content security policy for extension pages. `npm test` runs it after the builds;
 * `npx tsx scripts/check-manifest.ts` runs it alone.
 *
 * To request a new permission: add it to ALLOWED_PERMISSIONS with the reason, and a row for it to
 * README.md's permissions table.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUILDS } from './check-bundle';

/** Every permission (API or host pattern) any build may request, with why Entente needs it. */
export const ALLOWED_PERMISSIONS: Readonly<Record<string, string>> = {
  activeTab:
    'when the user opens the popup: the current tab\'s address, to explain a page Entente cannot read; on "Add this page", to read that one tab',
  scripting: 'to inject the article reader (Readability) into the one tab the user chose to add, only then',
  contextMenus: '"Turn Entente off or on for this site", "Add this page to Entente", "Search Entente for …"',
  storage: "the user's settings (sync) and own articles (local); nothing is sent anywhere",
  unlimitedStorage: "so the user's own articles are not cut off by the storage.local quota",
};

/** The pages the content script runs on: web pages only (no file://, no <all_urls>). */
export const ALLOWED_CONTENT_SCRIPT_MATCHES: Readonly<Record<string, string>> = {
  'http://*/*': 'to find and highlight names on the pages the user reads',
  'https://*/*': 'to find and highlight names on the pages the user reads',
};

/**
 * Files pages may load from the extension. None: the card is built in a shadow root by the content
 * script and its CSS ships in the manifest's content-script CSS, so no page ever needs an
 * extension URL (and each listed file would let any site detect that Entente is installed).
 */
export const ALLOWED_WEB_ACCESSIBLE_RESOURCES: Readonly<Record<string, string>> = {};

/** Directives the extension pages' CSP must contain, with exactly these sources. */
export const REQUIRED_CSP: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'none'"],
};

/** Sources no directive may allow. */
const FORBIDDEN_SOURCES = [/^'unsafe-/, /^'wasm-unsafe-eval'$/, /^\*$/, /^https?:/, /^(data|blob|filesystem):$/];

export type Manifest = {
  manifest_version?: number;
  permissions?: unknown;
  optional_permissions?: unknown;
  host_permissions?: unknown;
  optional_host_permissions?: unknown;
  content_scripts?: Array<{ matches?: string[] }>;
  web_accessible_resources?: unknown;
  content_security_policy?: unknown;
  externally_connectable?: unknown;
};

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);

/** Directive name → sources, from a CSP string. */
export function parseCsp(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/** Every permission a manifest requests, required or optional, API names and host patterns. */
export function requestedPermissions(manifest: Manifest): string[] {
  return [
    ...new Set([
      ...strings(manifest.permissions),
      ...strings(manifest.optional_permissions),
      ...strings(manifest.host_permissions),
      ...strings(manifest.optional_host_permissions),
    ]),
  ];
}

/** The files a manifest exposes to web pages. MV2: a list of paths; MV3: a list of { resources, matches }. */
export function webAccessibleResources(manifest: Manifest): string[] {
  const entries = Array.isArray(manifest.web_accessible_resources)
    ? (manifest.web_accessible_resources as unknown[])
    : [];
  return entries.flatMap((entry) =>
    typeof entry === 'string' ? [entry] : strings((entry as { resources?: unknown } | null)?.resources),
  );
}

/** The problems with one built manifest; empty when it passes every gate. */
export function checkManifest(manifest: Manifest, readme: string): string[] {
  const problems: string[] = [];

  for (const permission of requestedPermissions(manifest)) {
    if (!Object.hasOwn(ALLOWED_PERMISSIONS, permission)) {
      problems.push(`permission "${permission}" is not in ALLOWED_PERMISSIONS (scripts/check-manifest.ts)`);
    } else if (!new RegExp(`^\\|[^|\\n]*\`${permission.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\``, 'm').test(readme)) {
      problems.push(`permission "${permission}" has no row in README.md's permissions table`);
    }
  }

  for (const script of manifest.content_scripts ?? []) {
    for (const match of script.matches ?? []) {
      if (!Object.hasOwn(ALLOWED_CONTENT_SCRIPT_MATCHES, match)) {
        problems.push(`content script matches "${match}", which is not in ALLOWED_CONTENT_SCRIPT_MATCHES`);
      }
    }
  }

  if (manifest.externally_connectable !== undefined) {
    problems.push('externally_connectable is set: no web page or other extension may message Entente');
  }

  for (const resource of webAccessibleResources(manifest)) {
    if (!Object.hasOwn(ALLOWED_WEB_ACCESSIBLE_RESOURCES, resource)) {
      problems.push(`web-accessible resource "${resource}" is not in ALLOWED_WEB_ACCESSIBLE_RESOURCES`);
    }
  }

  const csp = manifest.content_security_policy;
  const extensionPages =
    typeof csp === 'string' ? csp : (csp as { extension_pages?: unknown } | undefined)?.extension_pages;
  if (typeof extensionPages !== 'string') {
    problems.push('no content security policy for extension pages (the browser default is weaker)');
  } else {
    const directives = parseCsp(extensionPages);
    for (const [name, wanted] of Object.entries(REQUIRED_CSP)) {
      const sources = directives.get(name);
      if (!sources || sources.join(' ') !== wanted.join(' ')) {
        problems.push(`CSP ${name} is "${sources?.join(' ') ?? '(missing)'}", not "${wanted.join(' ')}"`);
      }
    }
    for (const [name, sources] of directives) {
      for (const source of sources) {
        if (FORBIDDEN_SOURCES.some((pattern) => pattern.test(source))) {
          problems.push(`CSP ${name} allows ${source}`);
        }
      }
    }
  }
  if (csp && typeof csp === 'object') {
    for (const key of Object.keys(csp)) {
      if (key !== 'extension_pages') problems.push(`content_security_policy.${key} is set: Entente has no such pages`);
    }
  }
  return problems;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const readme = readFileSync('README.md', 'utf8');
  let failures = 0;
  for (const build of BUILDS) {
    const path = join('.output', build, 'manifest.json');
    if (!existsSync(path)) {
      console.error(`  FAIL ${build}: no ${path}; build it first (npm run build, npm run build:firefox)`);
      failures++;
      continue;
    }
    const manifest = JSON.parse(readFileSync(path, 'utf8')) as Manifest;
    const problems = checkManifest(manifest, readme);
    const permissions = requestedPermissions(manifest);
    console.log(
      `  ${problems.length ? 'FAIL' : 'ok  '} ${build.padEnd(12)} permissions: ${permissions.join(', ') || 'none'}; ` +
        `web-accessible resources: ${webAccessibleResources(manifest).join(', ') || 'none'}; ` +
        `externally_connectable: ${manifest.externally_connectable === undefined ? 'no' : 'YES'}`,
    );
    for (const problem of problems) console.error(`       ${problem}`);
    if (problems.length) failures++;
  }
  if (failures > 0) process.exit(1);
}
