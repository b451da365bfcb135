import type { UiLanguage } from '@concordat/domain';

/**
 * Where the browser downloads an agreement's PDF dossier in `language` (the session cookie
 * authorises it, as for attachments): a plain link, so the browser streams it to disk.
 */
export function dossierUrl(agreementId: string, language: UiLanguage): string {
  return `/api/agreements/${encodeURIComponent(agreementId)}/dossier.pdf?lang=${language}`;
}
