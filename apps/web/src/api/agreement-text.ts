import type { TextDiffView, TextVersionView } from '@concordat/domain';
import { httpClient } from './client';

function agreementPath(id: string): string {
  return `/api/agreements/${encodeURIComponent(id)}`;
}

/** Every negotiation round of the agreement's text, oldest first. */
export function listTextVersionsApi(id: string): Promise<TextVersionView[]> {
  return httpClient.get<TextVersionView[]>(`${agreementPath(id)}/versions`);
}

/** The clause diff from round `from` to round `to` (0 is the draft), word by word. */
export function getTextDiffApi(id: string, from: number, to: number): Promise<TextDiffView> {
  return httpClient.get<TextDiffView>(`${agreementPath(id)}/versions/${from}/diff/${to}`);
}
