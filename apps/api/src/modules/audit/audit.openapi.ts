import { applyDecorators } from '@nestjs/common';
import { ApiOperation, ApiResponse } from '@nestjs/swagger';

/** OpenAPI descriptions of the audit routes, kept out of the controller to keep it short. */
const problem = (status: number, description: string) =>
  ApiResponse({ status, description: `${description} (application/problem+json)` });

const brokenLink = {
  type: 'object',
  nullable: true,
  properties: {
    position: { type: 'string', nullable: true, description: 'Global position (bigint)' },
    streamId: { type: 'string', format: 'uuid', nullable: true },
    version: { type: 'integer', nullable: true },
    reason: {
      type: 'string',
      enum: [
        'stream-version-out-of-order',
        'event-hash-mismatch',
        'global-chain-broken',
        'log-ends-before-head',
        'events-after-head',
        'checkpoint-event-missing',
        'checkpoint-mismatch',
        'checkpoint-signature-invalid',
      ],
    },
    detail: { type: 'string' },
  },
};

export const VerifyEventLogDocs = () =>
  applyDecorators(
    ApiOperation({
      summary: 'Verify the whole event log',
      operationId: 'verifyEventLog',
      description:
        'Recomputes every stream hash chain and the global chain from the rows as stored, compares the chain head, and checks every signed checkpoint (signature and the heads it signed). `firstBroken` names the earliest broken link. See docs/integrity.md for what is hashed.',
    }),
    ApiResponse({
      status: 200,
      description: 'The verification report',
      schema: {
        type: 'object',
        properties: {
          ok: { type: 'boolean' },
          eventsChecked: { type: 'integer' },
          streamsChecked: { type: 'integer' },
          checkpointsChecked: { type: 'integer' },
          firstBroken: brokenLink,
        },
      },
      examples: {
        intact: {
          summary: 'An intact log',
          value: {
            ok: true,
            eventsChecked: 1284,
            streamsChecked: 57,
            checkpointsChecked: 12,
            firstBroken: null,
          },
        },
        edited: {
          summary: 'A payload edited in the database',
          value: {
            ok: false,
            eventsChecked: 311,
            streamsChecked: 19,
            checkpointsChecked: 12,
            firstBroken: {
              position: '311',
              streamId: '0b6f3c1e-58a4-4c1e-9d7e-2f6c0a9b1d42',
              version: 4,
              reason: 'event-hash-mismatch',
              detail:
                'the event does not hash to its stored hash: its content or its predecessor changed',
            },
          },
        },
      },
    }),
    problem(401, 'Not signed in'),
    problem(403, 'Only auditors and admins verify the log'),
  );

export const CreateCheckpointDocs = () =>
  applyDecorators(
    ApiOperation({
      summary: "Sign the event log's chain heads now",
      operationId: 'createCheckpoint',
    }),
    ApiResponse({
      status: 201,
      description: 'The stored checkpoint',
      example: {
        id: '12',
        position: '1284',
        globalHash: '5c0e0d3f9f4b0c8e2a7d1b6e3f9a8c7d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b',
        streamCount: 57,
        streamsDigest: '9a1f0b7c3d2e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a',
        createdAt: '2026-11-23T11:00:00.000Z',
        keyId: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
        signature: 'mZ0bX4h3…base64…==',
      },
    }),
    problem(401, 'Not signed in'),
    problem(403, 'Only admins create checkpoints'),
  );

export const GetSigningKeyDocs = () =>
  applyDecorators(
    ApiOperation({
      summary: 'The public key that signs checkpoints',
      operationId: 'getSigningKey',
    }),
    ApiResponse({
      status: 200,
      description: 'Ed25519 public key (SPKI PEM) and its id (hex SHA-256 of the SPKI DER)',
      example: {
        algorithm: 'Ed25519',
        keyId: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
        publicKeyPem:
          '-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEAGb9ECWmEzf6FQbrBZ9w7lshQhqowtrbLDFw4rXAxZuE=\n-----END PUBLIC KEY-----\n',
      },
    }),
  );
