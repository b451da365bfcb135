import { CreateUsersAndSessions1763884800000 } from './1763884800000-create-users-and-sessions.js';
import { CreateAppendOnlyEventStore1763884800001 } from './1763884800001-create-append-only-event-store.js';
import { CreateAgreementsProjection1763884800002 } from './1763884800002-create-agreements-projection.js';
import { CreateIdempotencyKeys1763900000000 } from './1763900000000-create-idempotency-keys.js';
import { CreateAgreementTexts1764010000000 } from './1764010000000-create-agreement-texts.js';

/** Every migration, oldest first. Listed by hand: ESM has no reliable glob loading. */
export const MIGRATIONS = [
  CreateUsersAndSessions1763884800000,
  CreateAppendOnlyEventStore1763884800001,
  CreateAgreementsProjection1763884800002,
  CreateIdempotencyKeys1763900000000,
  CreateAgreementTexts1764010000000,
];
