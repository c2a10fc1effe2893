import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH, VIEWPORT } from '../launch-chromium';

/**
 * Debian's Chromium without the extension, with the same flags and viewport as
 * launchWithExtension (scripts/launch-chromium.ts): the floor and the mark.js peer run here.
 */
export async function launchPlain(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium is missing at ${CHROMIUM_PATH}: install it with "apt-get install -y chromium" (as root).`,
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
  });
}

/** The viewport both browsers use (launchWithExtension's). */
export const BENCH_VIEWPORT = VIEWPORT;
