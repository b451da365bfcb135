import type { TextDiffView } from '@concordat/domain';
import { Query } from '@nestjs/cqrs';

/** The clause diff from round `from` to round `to` (0 is the draft). */
export class GetTextDiffQuery extends Query<TextDiffView> {
  constructor(
    readonly agreementId: string,
    readonly from: number,
    readonly to: number,
  ) {
    super();
  }
}
