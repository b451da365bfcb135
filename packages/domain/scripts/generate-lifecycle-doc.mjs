// Writes docs/lifecycle.md from the built transition table. Run through
// `npm run docs:lifecycle`, which builds first; lifecycle-document.spec.ts fails when the
// committed file differs from what this would write.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { lifecycleDocument } from '../dist/index.js';

const target = fileURLToPath(new URL('../../../docs/lifecycle.md', import.meta.url));
writeFileSync(target, lifecycleDocument());
console.log(`wrote ${target}`);
