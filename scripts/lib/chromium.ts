/**
 * Debian's Chromium driven by playwright-core, started the one way this project uses everywhere (tests,
 * screenshots, benchmarks). Never `npx playwright install`: no browser download works on these machines.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean) as string[];

/** The Chromium binary found here, or undefined. */
export const chromiumPath: string | undefined = candidates.find((p) => existsSync(p));

export const INSTALL_HINT =
  'Browser tests need Debian’s Chromium: run "sudo apt-get update && sudo apt-get install -y chromium" ' +
  '(or set CHROMIUM_PATH to a Chromium binary). Do not use "npx playwright install".';

/** Flags for a headless run as root on a machine with no network but loopback. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launchChromium(): Promise<Browser> {
  if (!chromiumPath) throw new Error(`Chromium not found. ${INSTALL_HINT}`);
  return chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS });
}
