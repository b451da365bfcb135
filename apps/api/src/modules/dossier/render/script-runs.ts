/** Which of the two embedded fonts a piece of text needs. */
export type FontScript = 'latin' | 'japanese';

export interface ScriptRun {
  script: FontScript;
  text: string;
}

// Kana, kanji, CJK punctuation and full-width forms: what Noto Sans covers none of.
// The supplementary ideographic planes hold rarer kanji such as "𠮷".
const JAPANESE =
  /[\u3000-\u30ff\u3190-\u319f\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef\u{20000}-\u{3134f}]/u;

function scriptOf(char: string): FontScript | null {
  if (JAPANESE.test(char)) return 'japanese';
  // Spaces and ASCII punctuation read the same in either font: they join the run they are in.
  if (/^[\s\d.,:;!?'"()[\]/\-–—·]$/u.test(char)) return null;
  return 'latin';
}

/**
 * Splits text into runs of one script each, so Japanese is set in the Japanese font and
 * Vietnamese, Russian and Latin in the other (Noto Sans JP lacks Vietnamese letters such as
 * "ệ"; Noto Sans lacks kana and kanji). Neutral characters stay in the current run.
 */
export function scriptRuns(text: string): ScriptRun[] {
  const runs: ScriptRun[] = [];
  for (const char of text) {
    const script = scriptOf(char);
    const last = runs.at(-1);
    if (last !== undefined && (script === null || script === last.script)) last.text += char;
    else runs.push({ script: script ?? 'latin', text: char });
  }
  return runs;
}
