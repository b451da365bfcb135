/**
 * Folds text for searching: lower case, Latin diacritics removed (U+0300–U+036F after NFD),
 * and đ → d, so "hop tac", "Hợp tác" and "HỢP TÁC" all match. Only the Latin combining
 * marks are stripped: Japanese dakuten (U+3099) stay, so が never matches か. The same
 * fold applies to stored text and to the query, in one place.
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .normalize('NFC')
    .toLowerCase();
}

/** Escapes LIKE wildcards so a user's "%" or "_" means itself. */
export function likePattern(folded: string): string {
  return `%${folded.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}
