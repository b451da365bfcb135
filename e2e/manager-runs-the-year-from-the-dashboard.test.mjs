// The manager opens the dashboard, follows the overdue number to the commitments list and
// finds exactly that many overdue occurrences there (the FAVIJA training camp among them),
// then follows a bar of the partner chart's table and the calendar to the lists behind them.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { signIn } from './support/session.mjs';
import { browserSkip, useAppAndBrowser } from './support/suite.mjs';

const CAMP = 'Table-tennis training camp in Japan, 2025';

/** Waits until the commitments table shows `count` rows (the list loads after the URL changes). */
function rowsAre(page, count) {
  return page.waitForFunction(
    (expected) =>
      document.querySelectorAll('[data-testid="commitments-table"] tbody tr').length === expected,
    count,
  );
}

describe('the manager runs the year from the dashboard', { skip: browserSkip() }, () => {
  const running = useAppAndBrowser();

  it('follows the overdue count to the very rows it counts', async () => {
    const manager = await signIn(running.browser, running.app.baseUrl, 'manager@concordat.demo');
    await manager.getByTestId('nav-dashboard').click();
    await manager.waitForURL(/\/dashboard$/);
    const overdue = manager.getByTestId('count-overdue');
    await overdue.waitFor();
    const count = Number((await overdue.textContent()).trim());
    assert.ok(count > 0, 'the demo has overdue commitments');
    await manager.getByTestId('bucket-partner-FAVIJA-overdue').waitFor();

    await manager.getByTestId('card-overdue').click();
    await manager.waitForURL(/\/commitments\?overdue=true$/);
    await manager.getByRole('row', { name: new RegExp(CAMP) }).waitFor();
    await rowsAre(manager, count);

    await manager.goBack();
    await manager.waitForURL(/\/dashboard$/);
    const favija = manager.getByTestId('bucket-partner-FAVIJA-overdue');
    const favijaCount = Number((await favija.textContent()).trim());
    await favija.click();
    await manager.waitForURL(/partner=FAVIJA&overdue=true/);
    await manager.getByRole('row', { name: new RegExp(CAMP) }).waitFor();
    await rowsAre(manager, favijaCount);

    await manager.context().close();
  });
});
