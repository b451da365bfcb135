import type { VerificationView } from '@concordat/domain';
import { Query } from '@nestjs/cqrs';

/** One background verification: status, progress and, once done, its report. */
export class GetVerificationQuery extends Query<VerificationView> {
  constructor(readonly verificationId: string) {
    super();
  }
}
