import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ALLOWED_PERMISSIONS, checkManifest, parseCsp } from '../../scripts/check-manifest';

const README = readFileSync('README.md', 'utf8');
const STRICT =
  "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const mv3 = (extra: Record<string, unknown> = {}) => ({
  manifest_version: 3,
  permissions: ['activeTab'],
  content_scripts: [{ matches: ['http://*/*', 'https://*/*'] }],
  content_security_policy: { extension_pages: STRICT },
  ...extra,
});

describe('the manifest security gates', () => {
  it('pass a manifest like the built ones, in MV3 and MV2 form', () => {
    expect(checkManifest(mv3(), README)).toEqual([]);
    expect(checkManifest(mv3({ manifest_version: 2, content_security_policy: STRICT }), README)).toEqual([]);
  });

  it('justify every allowed permission in the README table', () => {
    for (const permission of Object.keys(ALLOWED_PERMISSIONS)) {
      expect(checkManifest(mv3({ permissions: [permission] }), README)).toEqual([]);
    }
    expect(checkManifest(mv3(), '| `storage` | settings |')).toEqual([
      'permission "activeTab" has no row in README.md\'s permissions table',
    ]);
  });

  it('refuse a permission or host access that is not on the allow-list', () => {
    expect(checkManifest(mv3({ permissions: ['activeTab', 'tabs'] }), README)).toEqual([
      'permission "tabs" is not in ALLOWED_PERMISSIONS (scripts/check-manifest.ts)',
    ]);
    expect(checkManifest(mv3({ host_permissions: ['<all_urls>'] }), README)).toHaveLength(1);
    expect(checkManifest(mv3({ optional_permissions: ['history'] }), README)).toHaveLength(1);
  });

  it('refuse content scripts beyond web pages', () => {
    expect(checkManifest(mv3({ content_scripts: [{ matches: ['<all_urls>'] }] }), README)).toHaveLength(1);
    expect(checkManifest(mv3({ content_scripts: [{ matches: ['file:///*'] }] }), README)).toHaveLength(1);
  });

  it('refuse externally_connectable, even an empty one', () => {
    expect(checkManifest(mv3({ externally_connectable: { matches: [] } }), README)).toEqual([
      'externally_connectable is set: no web page or other extension may message Entente',
    ]);
  });

  it('refuse web-accessible resources that are not listed, in MV3 and MV2 form', () => {
    const mv3War = [{ resources: ['content-scripts/content.css'], matches: ['<all_urls>'] }];
    expect(checkManifest(mv3({ web_accessible_resources: mv3War }), README)).toEqual([
      'web-accessible resource "content-scripts/content.css" is not in ALLOWED_WEB_ACCESSIBLE_RESOURCES',
    ]);
    expect(checkManifest(mv3({ manifest_version: 2, web_accessible_resources: ['reader.html'] }), README)).toHaveLength(
      1,
    );
  });

  it('require the strict CSP and refuse anything that loosens it', () => {
    expect(checkManifest(mv3({ content_security_policy: undefined }), README)).toEqual([
      'no content security policy for extension pages (the browser default is weaker)',
    ]);
    const loose = STRICT.replace("script-src 'self'", "script-src 'self' 'unsafe-eval'");
    expect(checkManifest(mv3({ content_security_policy: { extension_pages: loose } }), README)).toEqual([
      `CSP script-src is "'self' 'unsafe-eval'", not "'self'"`,
      "CSP script-src allows 'unsafe-eval'",
    ]);
    const objectSelf = STRICT.replace("object-src 'none'", "object-src 'self'");
    expect(checkManifest(mv3({ content_security_policy: { extension_pages: objectSelf } }), README)).toHaveLength(1);
    const remote = `${STRICT}; connect-src https://example.com`;
    expect(checkManifest(mv3({ content_security_policy: { extension_pages: remote } }), README)).toEqual([
      'CSP connect-src allows https://example.com',
    ]);
    const sandbox = { extension_pages: STRICT, sandbox: "sandbox allow-scripts; script-src 'self'" };
    expect(checkManifest(mv3({ content_security_policy: sandbox }), README)).toHaveLength(1);
  });

  it('parse a CSP into directives', () => {
    expect(parseCsp(" script-src 'self';object-src  'none' ; ")).toEqual(
      new Map([
        ['script-src', ["'self'"]],
        ['object-src', ["'none'"]],
      ]),
    );
  });
});
