import type { AgreementEventView } from '@concordat/domain';

type Translate = (key: string, params?: Record<string, unknown>) => string;

/**
 * What the timeline says about the text events besides the generic fields: which clause
 * legal reviewed and its verdict, and who proposed a round.
 */
export function textEventFacts(
  event: AgreementEventView,
  t: Translate,
): { label: string; value: string }[] {
  const { data } = event;
  if (event.type === 'ClauseReviewed' && typeof data.number === 'number') {
    return [
      {
        label: t('text.timeline.clause'),
        value: `${t('text.editor.clause', { number: data.number })} · ${t(`text.status.${String(data.status)}`)}`,
      },
    ];
  }
  if (event.type === 'NegotiationRoundOpened' && typeof data.proposedBy === 'string') {
    return [{ label: t('text.editor.proposedBy'), value: t(`text.proposers.${data.proposedBy}`) }];
  }
  return [];
}
