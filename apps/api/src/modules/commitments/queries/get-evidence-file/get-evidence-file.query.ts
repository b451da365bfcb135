import { Query } from '@nestjs/cqrs';

export interface EvidenceFileContent {
  name: string;
  mediaType: string;
  sha256: string;
  content: Buffer;
}

/** `GET /api/commitments/{id}/evidence/{evidenceId}`: the stored bytes of one file. */
export class GetEvidenceFileQuery extends Query<EvidenceFileContent> {
  constructor(
    readonly commitmentId: string,
    readonly evidenceId: string,
  ) {
    super();
  }
}
