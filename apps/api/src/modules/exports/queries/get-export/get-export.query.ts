import type { Actor, ExportView } from '@concordat/domain';
import { Query } from '@nestjs/cqrs';

export class GetExportQuery extends Query<ExportView> {
  constructor(
    readonly exportId: string,
    readonly actor: Actor,
  ) {
    super();
  }
}
