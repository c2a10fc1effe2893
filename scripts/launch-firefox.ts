import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { VIEWPORT } from './launch-chromium';

/**
 * Debian's Firefox ESR. Playwright cannot drive a stock Firefox; puppeteer-core can, over
 * WebDriver BiDi, and installs a temporary add-on from an unpacked folder.
 */
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** The two Firefox builds: `wxt build -b firefox` (MV2) and `wxt build -b firefox --mv3`. */
export const FIREFOX_EXTENSION_DIRS = {
  mv2: resolve('.output/firefox-mv2'),
  mv3: resolve('.output/firefox-mv3'),
} as const;

export type FirefoxExtensionBrowser = {
  browser: Browser;
  /** The add-on id Firefox reports after installing it (the manifest's gecko id). */
  extensionId: string;
  close(): Promise<void>;
};

/**
 * Firefox ESR, headless unless asked otherwise, with the built extension installed as a temporary
 * add-on in a fresh profile (puppeteer makes and removes it). Fails (never skips) when Firefox or
 * the build is missing, with the command that fixes it.
 */
export async function launchFirefoxWithExtension(
  options: { headless?: boolean; extensionDir?: string } = {},
): Promise<FirefoxExtensionBrowser> {
  const extensionDir = options.extensionDir ?? FIREFOX_EXTENSION_DIRS.mv2;
  if (!existsSync(FIREFOX_PATH)) {
    throw new Error(
      `Firefox is missing at ${FIREFOX_PATH}: install it with "apt-get install -y firefox-esr" (as root).`,
    );
  }
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension in ${extensionDir}: run "npm run build:firefox" first.`);
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: options.headless ?? true,
    defaultViewport: VIEWPORT,
    extraPrefsFirefox: {
      // The closed network refuses Firefox's own background connections: do not make them.
      'app.update.enabled': false,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
      'extensions.getAddons.cache.enabled': false,
      'network.captive-portal-service.enabled': false,
    },
  });
  try {
    const extensionId = await browser.installExtension(extensionDir);
    return { browser, extensionId, close: () => browser.close() };
  } catch (error) {
    await browser.close();
    throw error;
  }
}
