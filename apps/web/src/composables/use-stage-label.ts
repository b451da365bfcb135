import { AGREEMENT_STEPS, type AgreementStatus } from '@concordat/domain';
import { useI18n } from 'vue-i18n';

/**
 * Labels of an agreement's status and step. A step that only repeats its status ("Under
 * review · Under review", "Withdrawn · Closed") adds nothing: the sole step of a status is
 * left out, and so is one whose label reads the same in this language.
 */
export function useStageLabel() {
  const { t, te } = useI18n();

  function stepLabel(step: string): string {
    const key = `agreements.steps.${step}`;
    return te(key) ? t(key) : step;
  }

  function distinctStep(status: AgreementStatus, step: string | null): string | null {
    if (!step) return null;
    const steps: readonly string[] = AGREEMENT_STEPS[status] ?? [];
    if (steps.length === 1 && steps[0] === step) return null;
    const label = stepLabel(step);
    return label === t(`agreements.status.${status}`) ? null : label;
  }

  /** "Negotiation · In round", or just "Under review". */
  function stageLabel(status: AgreementStatus, step: string | null): string {
    return [t(`agreements.status.${status}`), distinctStep(status, step)]
      .filter(Boolean)
      .join(' · ');
  }

  return { stepLabel, distinctStep, stageLabel };
}
