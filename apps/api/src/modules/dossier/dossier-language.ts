import { acceptedLanguages } from '../../platform/http/csv.js';
import { ApiError, ApiErrorCode } from '../../platform/problem/api-error.js';
import {
  DOSSIER_LANGUAGES,
  type DossierLanguage,
  isDossierLanguage,
} from './render/dossier-labels.js';

/**
 * The dossier's language: `?lang=` when given (anything else than the four is a 422 naming
 * `lang`), else the first of the caller's Accept-Language (the web client sends the UI
 * language there) that a dossier is written in, else English.
 */
export function dossierLanguage(
  lang: unknown,
  acceptLanguage: string | undefined,
): DossierLanguage {
  if (lang === undefined || lang === '') {
    return acceptedLanguages(acceptLanguage).find(isDossierLanguage) ?? 'en';
  }
  if (typeof lang === 'string' && isDossierLanguage(lang)) return lang;
  throw new ApiError(
    ApiErrorCode.UnsupportedLanguage,
    'The dossier is not offered in this language.',
    [{ field: 'lang', message: `must be one of ${DOSSIER_LANGUAGES.join(', ')}` }],
  );
}
