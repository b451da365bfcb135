import type { Actor } from '@concordat/domain';
import { Query } from '@nestjs/cqrs';
import type { DossierData } from '../../render/dossier-data.js';

/** Everything the PDF dossier of one agreement shows, read for `actor`. */
export class GetDossierQuery extends Query<DossierData> {
  constructor(
    readonly agreementId: string,
    readonly actor: Actor,
  ) {
    super();
  }
}
