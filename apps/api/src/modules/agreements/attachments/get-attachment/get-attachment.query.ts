import { Query } from '@nestjs/cqrs';

export interface StoredAttachment {
  name: string;
  mediaType: string;
  sha256: string;
  content: Buffer;
}

/** The bytes of one attachment of one agreement. */
export class GetAttachmentQuery extends Query<StoredAttachment> {
  constructor(
    readonly agreementId: string,
    readonly attachmentId: string,
  ) {
    super();
  }
}
