import { Injectable } from '@nestjs/common';
import {
  type ExistingAgreementState,
  type LocalizedText,
  titleLanguagesOf,
} from '@concordat/domain';
import type { EntityManager } from 'typeorm';
import { foldForSearch } from './search-text.js';

/**
 * Keeps the `agreements` read model in step with the log. It writes the whole row from the
 * folded state, so a new event type needs no change here unless it adds a column; it runs
 * in the transaction that appended the events, so the row never lags the log.
 */
@Injectable()
export class AgreementProjection {
  async apply(
    manager: EntityManager,
    state: ExistingAgreementState,
    version: number,
    now: string,
  ): Promise<void> {
    const { details } = state;
    const partnerNames = details.partners.map((partner) => partner.name);
    const searchText = foldForSearch([...Object.values(details.title), ...partnerNames].join('\n'));
    await manager.query(
      `INSERT INTO agreements (id, title, title_sort, search_text, status, step, type, summary,
                               our_organisation, partners, partner_names, countries, starts_on, ends_on,
                               version, created_at, updated_at, created_by, title_languages)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $16, $17, $18)
       ON CONFLICT (id) DO UPDATE SET
         title = EXCLUDED.title, title_sort = EXCLUDED.title_sort, search_text = EXCLUDED.search_text,
         status = EXCLUDED.status, step = EXCLUDED.step, type = EXCLUDED.type, summary = EXCLUDED.summary,
         our_organisation = EXCLUDED.our_organisation, partners = EXCLUDED.partners,
         partner_names = EXCLUDED.partner_names, countries = EXCLUDED.countries,
         starts_on = EXCLUDED.starts_on, ends_on = EXCLUDED.ends_on,
         version = EXCLUDED.version, updated_at = EXCLUDED.updated_at,
         title_languages = EXCLUDED.title_languages`,
      [
        state.id,
        JSON.stringify(details.title),
        foldForSearch(sortTitle(details.title)),
        searchText,
        state.status,
        state.step,
        details.type,
        details.summary === null ? null : JSON.stringify(details.summary),
        details.ourOrganisation,
        JSON.stringify(details.partners),
        foldForSearch(partnerNames.join('\n')),
        [...new Set(details.partners.map((partner) => partner.country))],
        details.startsOn,
        details.endsOn,
        version,
        now,
        state.createdBy,
        titleLanguagesOf(state),
      ],
    );
  }
}

/**
 * The title the list sorts by: English, else the first language tag alphabetically. Not
 * "the first key": jsonb reorders keys, so that would change when the row is rebuilt.
 */
export function sortTitle(title: LocalizedText): string {
  const language = 'en' in title ? 'en' : Object.keys(title).sort()[0];
  return language === undefined ? '' : (title[language] ?? '');
}
