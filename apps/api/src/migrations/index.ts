import { CreateUsersAndSessions1763884800000 } from './1763884800000-create-users-and-sessions.js';
import { CreateAppendOnlyEventStore1763884800001 } from './1763884800001-create-append-only-event-store.js';
import { CreateAgreementsProjection1763884800002 } from './1763884800002-create-agreements-projection.js';
import { CreateIdempotencyKeys1763900000000 } from './1763900000000-create-idempotency-keys.js';
import { AddEventHashChains1764000000000 } from './1764000000000-add-event-hash-chains.js';
import { CreateEventCheckpoints1764000000001 } from './1764000000001-create-event-checkpoints.js';
import { CreateAgreementTexts1764010000000 } from './1764010000000-create-agreement-texts.js';
import { CreateApprovalTables1764020000000 } from './1764020000000-create-approval-tables.js';
import { CreateAgreementParticularsAndAttachments1764030000000 } from './1764030000000-create-agreement-particulars-and-attachments.js';
import { CreateAgreementAmendments1764040000000 } from './1764040000000-create-agreement-amendments.js';
import { CreateCommitments1764050000000 } from './1764050000000-create-commitments.js';
import { CreateNotifications1764060000000 } from './1764060000000-create-notifications.js';
import { AddApprovalPolicyReapproval1764070000000 } from './1764070000000-add-approval-policy-reapproval.js';
import { AddAgreementTitleLanguages1764080000000 } from './1764080000000-add-agreement-title-languages.js';
import { AllowReviewApprovalPolicies1764100000001 } from './1764100000001-allow-review-approval-policies.js';
import { CreateEventStreamsAndAuditIndexes1764110000000 } from './1764110000000-create-event-streams-and-audit-indexes.js';
import { CreateExports1764120000001 } from './1764120000001-create-exports.js';
import { CreateAuditVerifications1764130000000 } from './1764130000000-create-audit-verifications.js';
import { ClassifyReadStreams1764150000001 } from './1764150000001-classify-read-streams.js';

/** Every migration, oldest first. Listed by hand: ESM has no reliable glob loading. */
export const MIGRATIONS = [
  CreateUsersAndSessions1763884800000,
  CreateAppendOnlyEventStore1763884800001,
  CreateAgreementsProjection1763884800002,
  CreateIdempotencyKeys1763900000000,
  AddEventHashChains1764000000000,
  CreateEventCheckpoints1764000000001,
  CreateAgreementTexts1764010000000,
  CreateApprovalTables1764020000000,
  CreateAgreementParticularsAndAttachments1764030000000,
  CreateAgreementAmendments1764040000000,
  CreateCommitments1764050000000,
  CreateNotifications1764060000000,
  AddApprovalPolicyReapproval1764070000000,
  AddAgreementTitleLanguages1764080000000,
  AllowReviewApprovalPolicies1764100000001,
  CreateEventStreamsAndAuditIndexes1764110000000,
  CreateExports1764120000001,
  CreateAuditVerifications1764130000000,
  ClassifyReadStreams1764150000001,
];
