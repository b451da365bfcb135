// Finds the system Chromium (Debian's package): the project never downloads a browser.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];

export function findChromium() {
  return CANDIDATES.find((path) => path && existsSync(path)) ?? null;
}

/** Why the browser suite cannot run here, or null when it can. With CI=true a missing browser fails. */
export function missingBrowserReason() {
  if (findChromium()) return null;
  const reason =
    'no Chromium found (install it with `apt-get install -y chromium` or set CHROMIUM_PATH)';
  if (process.env.CI === 'true')
    throw new Error(`end-to-end tests need a browser in CI: ${reason}`);
  return reason;
}

export async function launchBrowser() {
  return chromium.launch({
    executablePath: findChromium(),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
