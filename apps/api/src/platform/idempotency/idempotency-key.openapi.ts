import { ApiHeader } from '@nestjs/swagger';

/** The `Idempotency-Key` header as every POST route documents it. */
export const idempotencyKeyHeader = ApiHeader({
  name: 'Idempotency-Key',
  required: false,
  description:
    'Any unique string (a UUID). A repeat with the same key and body answers the first response again and records nothing; the same key with another body is a 422.',
  example: '6f1c2d9e-7a43-4d1b-9a55-2f0e4b8c1d77',
});
