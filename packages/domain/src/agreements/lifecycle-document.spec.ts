import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { positionKey } from './agreement.position.js';
import { AGREEMENT_STATUSES } from './agreement.status.js';
import { lifecycleMermaid } from './lifecycle-diagram.js';
import { lifecycleDocument } from './lifecycle-document.js';
import { AGREEMENT_TRANSITIONS } from './transitions.js';

const docPath = fileURLToPath(new URL('../../../../docs/lifecycle.md', import.meta.url));

describe('docs/lifecycle.md', () => {
  it('is what the generator writes (run `npm run docs:lifecycle` after changing the table)', () => {
    expect(readFileSync(docPath, 'utf8')).toBe(lifecycleDocument());
  });

  it('lists every transition row in its table', () => {
    const doc = lifecycleDocument();
    for (const row of AGREEMENT_TRANSITIONS) {
      expect(doc).toContain(`| \`${row.command}\``);
      expect(doc).toContain(`\`${positionKey(row.to)}\``);
    }
  });
});

describe('lifecycleMermaid', () => {
  const diagram = lifecycleMermaid();

  it('is a state diagram with a composite state per main status', () => {
    expect(diagram.startsWith('stateDiagram-v2\n')).toBe(true);
    for (const status of AGREEMENT_STATUSES) expect(diagram).toContain(`    state ${status} {`);
  });

  it('draws an edge for every row and every state it starts from', () => {
    const id = (key: string) => (key === 'none' ? '[*]' : key.replace('.', '_'));
    for (const row of AGREEMENT_TRANSITIONS) {
      for (const from of row.from) {
        expect(diagram).toContain(
          `${id(positionKey(from))} --> ${id(positionKey(row.to))} : ${row.command}`,
        );
      }
    }
  });
});
