// Writes docs/permissions.md from the built permission table. Run through
// `npm run docs:permissions`, which builds first; permissions-document.spec.ts fails when
// the committed file differs from what this would write.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { permissionsDocument } from '../dist/index.js';

const target = fileURLToPath(new URL('../../../docs/permissions.md', import.meta.url));
writeFileSync(target, permissionsDocument());
console.log(`wrote ${target}`);
