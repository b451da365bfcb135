import type { UiLanguage } from '../shared/localized-text.js';

/**
 * Taking an agreement's PDF dossier away is recorded like an export: who took which
 * agreement's dossier, in which language. Each download is its own stream (a new id), not
 * the agreement's, so reading an agreement never moves its version (and its If-Match).
 */
export type DossierExportEvent = {
  type: 'DossierExported';
  data: { agreementId: string; language: UiLanguage };
};
