import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { FontScript } from './script-runs.js';

/**
 * The fonts embedded in every dossier, from npm packages so `npm ci` ships them (OFL-1.1,
 * docs/decisions.md): Noto Sans for Latin with Vietnamese and for Cyrillic, Noto Sans JP
 * for kana and kanji. pdfkit embeds only the glyphs used, so a dossier stays small.
 */
const FILES: Record<FontScript, { package: string; regular: string; bold: string }> = {
  latin: {
    package: '@embedpdf/fonts-latin',
    regular: 'NotoSans-Regular.ttf',
    bold: 'NotoSans-Bold.ttf',
  },
  japanese: {
    package: '@embedpdf/fonts-jp',
    regular: 'NotoSansJP-Regular.otf',
    bold: 'NotoSansJP-Bold.otf',
  },
};

export type FontWeight = 'regular' | 'bold';
export type FontName = `${FontScript}-${FontWeight}`;

export const fontName = (script: FontScript, weight: FontWeight): FontName => `${script}-${weight}`;

let loaded: Map<FontName, Buffer> | undefined;

/**
 * The font files, read once per process (the Japanese ones are 4.5 MB each). Each document
 * parses its own fontkit font from them: a parsed font shared between documents would be
 * ~1 s faster a dossier once warm, but fontkit caches every glyph with the characters it
 * was first met with, and subsetting "ờ" meets its component "ơ" with none, so the next
 * dossier's "ơ" would copy and extract as nothing.
 */
export function dossierFonts(): ReadonlyMap<FontName, Buffer> {
  if (loaded !== undefined) return loaded;
  const require = createRequire(import.meta.url);
  const fonts = new Map<FontName, Buffer>();
  for (const script of ['latin', 'japanese'] as const) {
    const files = FILES[script];
    // The packages export only their index; the fonts sit in ../fonts beside dist/.
    const folder = join(dirname(require.resolve(files.package)), '..', 'fonts');
    fonts.set(fontName(script, 'regular'), readFileSync(join(folder, files.regular)));
    fonts.set(fontName(script, 'bold'), readFileSync(join(folder, files.bold)));
  }
  loaded = fonts;
  return fonts;
}
