import {
  type AgreementDetailView,
  AgreementErrorCode,
  DomainError,
  evolve,
  initialAgreementState,
  particularsViewOf,
  amendmentsViewOf,
  amendmentInProgressOf,
  titleLanguagesOf,
  type UserRef,
} from '@concordat/domain';
import type { EntityManager } from 'typeorm';
import type { EventStore } from '../../../../platform/event-store/event-store.js';
import { toAgreementEvent } from '../../infrastructure/agreement-event.codec.js';
import type { AsOf } from './as-of.js';
import { readTextAsOf } from './agreement-text-as-of.js';
import { withWithdrawerNames } from '../../projections/agreement-amendments.projection.js';

/**
 * The agreement as it stood at `asOf`, folded from its events up to that point (the read
 * model only knows the present). `allowedActions` is always empty: nobody acts in the past.
 * A version the stream has not reached, or an instant before the agreement was drafted,
 * is "not found".
 */
export async function readAgreementAsOf(
  manager: EntityManager,
  eventStore: EventStore,
  id: string,
  asOf: AsOf,
): Promise<AgreementDetailView> {
  const history = await eventStore.readStream(manager, id);
  const upTo =
    'version' in asOf
      ? history.filter((event) => event.version <= asOf.version)
      : history.filter((event) => Date.parse(event.occurredAt) <= Date.parse(asOf.time));
  const first = upTo[0];
  const last = upTo.at(-1);
  const state = upTo.reduce(
    (folded, event) => evolve(folded, toAgreementEvent(event)),
    initialAgreementState,
  );
  const beyond = 'version' in asOf && asOf.version > history.length;
  if (first === undefined || last === undefined || state.status === 'none' || beyond) {
    throw notYet(id, asOf);
  }
  const { details } = state;
  const { inForce, ...text } = await readTextAsOf(manager, upTo, state);
  return {
    id: state.id,
    title: details.title,
    titleLanguages: titleLanguagesOf(state),
    status: state.status,
    step: state.step,
    amendmentInProgress: amendmentInProgressOf(state),
    type: details.type,
    summary: details.summary,
    ourOrganisation: details.ourOrganisation,
    partners: details.partners,
    startsOn: details.startsOn,
    endsOn: details.endsOn,
    version: last.version,
    createdAt: first.occurredAt,
    updatedAt: last.occurredAt,
    createdBy: await userRef(manager, state.createdBy),
    particulars: particularsViewOf(state),
    text,
    textInForce: inForce,
    allowedActions: [],
    amendments: await withWithdrawerNames(manager, amendmentsViewOf(state)),
  };
}

async function userRef(manager: EntityManager, id: string): Promise<UserRef> {
  const [user] = await manager.query<UserRef[]>(
    `SELECT id, name, email, role FROM users WHERE id = $1`,
    [id],
  );
  if (user === undefined) throw new Error(`the drafter ${id} is not a user`);
  return user;
}

function notYet(id: string, asOf: AsOf): DomainError<AgreementErrorCode> {
  const when = 'version' in asOf ? `version ${asOf.version}` : asOf.time;
  return new DomainError(
    AgreementErrorCode.AgreementNotFound,
    `Agreement ${id} did not exist at ${when}.`,
  );
}
