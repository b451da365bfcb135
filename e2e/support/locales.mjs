// The UI's own translations, so the browser test checks what a user of each language reads
// without restating the texts.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const localesDir = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  'apps',
  'web',
  'src',
  'locales',
);

/** One namespace of one UI language, e.g. `messages('en', 'signing')`. */
export function messages(lang, namespace) {
  return JSON.parse(readFileSync(join(localesDir, lang, `${namespace}.json`), 'utf8'));
}

export function agreementsMessages(lang) {
  return messages(lang, 'agreements');
}
