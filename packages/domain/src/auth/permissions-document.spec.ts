import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { COMMAND_PERMISSIONS } from './command-permissions.js';
import { COMMITMENT_COMMAND_PERMISSIONS } from './commitment-permissions.js';
import { permissionsDocument } from './permissions-document.js';

const docPath = fileURLToPath(new URL('../../../../docs/permissions.md', import.meta.url));

describe('docs/permissions.md', () => {
  it('is what the generator writes (run `npm run docs:permissions` after changing the table)', () => {
    expect(readFileSync(docPath, 'utf8')).toBe(permissionsDocument());
  });

  it('has a row for every command, commitment commands included', () => {
    const doc = permissionsDocument();
    for (const command of [
      ...Object.keys(COMMAND_PERMISSIONS),
      ...Object.keys(COMMITMENT_COMMAND_PERMISSIONS),
    ])
      expect(doc).toContain(`| \`${command}\``);
  });
});
