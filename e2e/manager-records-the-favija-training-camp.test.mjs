// The manager opens the Commitments page, finds the FAVIJA table-tennis training camp in
// Japan (2025) overdue, records it as fulfilled on the agreement page, attaches the
// attendance list as evidence, and sees the scorecard count it: one more fulfilled, one
// less overdue. The stored file answers with the same SHA-256 the page shows.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import { apiClient } from './support/api.mjs';
import { messages } from './support/locales.mjs';
import { signIn } from './support/session.mjs';
import { browserSkip, useAppAndBrowser } from './support/suite.mjs';

const en = messages('en', 'commitments');
const CAMP = 'Table-tennis training camp in Japan, 2025';
const DUE = '2025-11-30';

describe(
  'the manager records the FAVIJA training camp as fulfilled with evidence',
  { skip: browserSkip() },
  () => {
    const running = useAppAndBrowser();

    it('fulfils the overdue camp, attaches the attendance list and sees the scorecard update', async () => {
      const manager = await signIn(running.browser, running.app.baseUrl, 'manager@concordat.demo');
      await manager.getByTestId('nav-commitments').click();
      await manager.waitForURL(/\/commitments$/);
      await manager.getByTestId('filter-overdue').click();
      await manager.waitForURL(/overdue=true/);
      const listed = manager.getByRole('row', { name: new RegExp(CAMP) });
      await listed.waitFor();
      assert.match(await listed.textContent(), new RegExp(en.status.overdue));

      await manager.getByRole('link', { name: CAMP }).click();
      await manager.waitForURL(/\/agreements\//);
      const occurrence = manager.getByTestId(`occurrence-${DUE}`);
      await occurrence.waitFor();
      const scorecard = manager.getByTestId('scorecard-2025');
      const count = async (key) =>
        Number((await scorecard.locator(`[data-count="${key}"]`).textContent()).trim());
      const before = { fulfilled: await count('fulfilled'), overdue: await count('overdue') };

      await occurrence.getByTestId('occurrence-record').click();
      await occurrence.getByTestId('occurrence-action-fulfil').click();
      await manager.getByTestId('occurrence-note').fill('12 vận động viên đã tập huấn tại Tokyo');
      await manager.getByTestId('occurrence-submit').click();
      await occurrence.getByText(en.status.fulfilled, { exact: true }).waitFor();

      const attendance = Buffer.from('出席者名簿\nNguyễn Văn An\nTrần Thị Bình\n');
      await occurrence.getByTestId('occurrence-action-add-evidence').click();
      await manager.getByTestId('evidence-file').setInputFiles({
        name: '出席者名簿.txt',
        mimeType: 'text/plain',
        buffer: attendance,
      });
      await manager.getByTestId('occurrence-submit').click();
      const link = occurrence.getByRole('link', { name: /出席者名簿\.txt/ });
      await link.waitFor();
      const sha256 = createHash('sha256').update(attendance).digest('hex');
      assert.equal(await link.getAttribute('title'), `SHA-256 ${sha256}`);

      await manager.waitForFunction(
        ([selector, expected]) =>
          document.querySelector(selector)?.textContent?.trim() === expected,
        ['[data-testid="scorecard-2025"] [data-count="fulfilled"]', String(before.fulfilled + 1)],
      );
      assert.equal(await count('overdue'), before.overdue - 1);

      // The file the api stores is byte for byte the one uploaded.
      const api = apiClient(running.app.baseUrl);
      const token = await api.tokenOf('auditor@concordat.demo');
      const response = await fetch(running.app.baseUrl + (await link.getAttribute('href')), {
        headers: { authorization: `Bearer ${token}` },
      });
      assert.equal(response.status, 200);
      assert.deepEqual(Buffer.from(await response.arrayBuffer()), attendance);

      await manager.context().close();
    });
  },
);
