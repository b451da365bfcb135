import { useI18n } from 'vue-i18n';
import { isApiError } from '@/api/client';

/** A sentence the user can act on, in their language, for any failed request. */
export function useErrorMessage() {
  const { t } = useI18n();

  return function describeError(error: unknown): string {
    if (!isApiError(error)) return t('common.errors.generic');
    if (
      error.isNetworkError ||
      error.status === 502 ||
      error.status === 503 ||
      error.status === 504
    ) {
      return t('common.errors.network');
    }
    if (error.status === 401) return t('common.errors.sessionExpired');
    if (error.status === 403) return t('common.errors.forbidden');
    if (error.status === 404) return t('common.errors.notFound');
    if (error.status === 409 || error.status === 412) return t('common.errors.conflict');
    if (error.status === 429) return t('common.errors.rateLimited');
    if (error.status >= 500) return t('common.errors.server');
    return error.problem?.detail ?? error.problem?.title ?? t('common.errors.generic');
  };
}
