// What every browser suite sets up: the built app on a fresh database and one Chromium.
import { after, before } from 'node:test';
import { startApp } from './app.mjs';
import { launchBrowser, missingBrowserReason } from './browser.mjs';

/** Why the browser suites are skipped here (false when they run), said once in the output. */
export function browserSkip() {
  const reason = missingBrowserReason();
  if (reason) console.log(`# end-to-end suite skipped: ${reason}`);
  return reason ?? false;
}

/**
 * Starts the app and the browser before the suite's tests and stops them after; the
 * returned object holds `app` and `browser` once started.
 */
export function useAppAndBrowser() {
  const running = { app: undefined, browser: undefined };
  before(async () => {
    running.app = await startApp();
    running.browser = await launchBrowser();
  });
  after(async () => {
    await running.browser?.close();
    await running.app?.stop();
  });
  return running;
}
