import { applyDecorators } from '@nestjs/common';
import { ApiParam, ApiResponse } from '@nestjs/swagger';
import { ApiOperation } from '@nestjs/swagger';

/** OpenAPI of the text routes, with examples from the FAVIJA MoU. */
const problem = (status: number, description: string) =>
  ApiResponse({ status, description: `${description} (application/problem+json)` });

const user = {
  id: '4b0c7f0e-3a8e-4a57-9a43-6f3d2f6f8a11',
  name: 'Trần Minh Đức',
  email: 'legal@concordat.demo',
  role: 'legal',
};

const versionExample = {
  round: 2,
  proposedBy: 'partner',
  languages: [
    { tag: 'vi', authentic: true },
    { tag: 'ja', authentic: true },
  ],
  clauses: [
    {
      key: 'delegations',
      number: 1,
      title: { vi: 'Trao đổi đoàn', ja: '代表団の交流' },
      text: {
        vi: 'Hai bên trao đổi đoàn vận động viên và huấn luyện viên mỗi năm hai lần.',
        ja: '両者は、年に二度、選手と指導者の代表団を交流させる。',
      },
      review: null,
    },
  ],
  textHash: '5d41402abc4b2a76b9719d911017c592ae9f8f3c1f7f1b5e7d0b3c3a1e2f4d6c',
  finalisedHash: null,
  recordedAt: '2026-11-23T09:00:00.000Z',
  recordedBy: user,
};

const diffExample = {
  from: {
    ...versionExample,
    round: 1,
    proposedBy: 'ours',
    clauseCount: 1,
    languages: undefined,
    clauses: undefined,
  },
  to: { ...versionExample, clauseCount: 1, languages: undefined, clauses: undefined },
  languages: ['vi', 'ja'],
  clauses: [
    {
      key: 'delegations',
      fromNumber: 1,
      toNumber: 1,
      change: 'changed',
      languages: {
        vi: {
          changed: true,
          title: [{ value: 'Trao đổi đoàn', change: 'same' }],
          text: [
            {
              value: 'Hai bên trao đổi đoàn vận động viên và huấn luyện viên mỗi năm ',
              change: 'same',
            },
            { value: 'một', change: 'removed' },
            { value: 'hai', change: 'added' },
            { value: ' lần.', change: 'same' },
          ],
        },
        ja: {
          changed: true,
          title: [{ value: '代表団の交流', change: 'same' }],
          text: [
            { value: '両者は、年に', change: 'same' },
            { value: '一度', change: 'removed' },
            { value: '二度', change: 'added' },
            { value: '、選手と指導者の代表団を交流させる。', change: 'same' },
          ],
        },
      },
    },
  ],
  summary: { added: 0, removed: 0, changed: 1, unchanged: 0 },
};

export const ListTextVersionsDocs = () =>
  applyDecorators(
    ApiOperation({
      summary: "The negotiation rounds of an agreement's text, oldest first",
      operationId: 'listTextVersions',
      description:
        'Each round is the full text as one side proposed it (`proposedBy`: `ours` or `partner`), with the SHA-256 of its canonical form (docs/text.md). The draft is not a round; the agreement detail returns it as `text.current` while drafting.',
    }),
    ApiParam({ name: 'id', format: 'uuid' }),
    ApiResponse({
      status: 200,
      description: 'TextVersionView[]',
      content: { 'application/json': { example: [versionExample] } },
    }),
    problem(400, 'The id is not a UUID'),
    problem(404, 'No such agreement'),
  );

export const GetTextDiffDocs = () =>
  applyDecorators(
    ApiOperation({
      summary: 'Clause-level diff between two versions of the text, per language, word by word',
      operationId: 'getTextDiff',
      description:
        'Clauses are matched by key and listed in the newer order, removed ones where they were. Each clause is `added`, `removed`, `changed` or `unchanged`; for each language its title and text are runs of words marked `added`, `removed` or `same` (words found with the language’s word segmenter, so Japanese diffs by word too). Version 0 is the draft.',
    }),
    ApiParam({ name: 'id', format: 'uuid' }),
    ApiParam({
      name: 'a',
      type: Number,
      example: 1,
      description: 'The older round (0: the draft)',
    }),
    ApiParam({ name: 'b', type: Number, example: 2, description: 'The newer round' }),
    ApiResponse({
      status: 200,
      description: 'TextDiffView',
      content: { 'application/json': { example: diffExample } },
    }),
    problem(400, 'The id or a round number is malformed'),
    problem(404, 'No such agreement, or no such version'),
  );
