import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'concordat:is-public';

/** Opts a route out of authentication (login, health). Everything else needs a session. */
export const Public = () => SetMetadata(IS_PUBLIC, true);
