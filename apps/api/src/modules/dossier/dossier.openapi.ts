import { applyDecorators } from '@nestjs/common';
import {
  ApiHeader,
  ApiOperation,
  ApiParam,
  ApiProduces,
  ApiQuery,
  ApiResponse,
} from '@nestjs/swagger';
import { DOSSIER_LANGUAGES } from './render/dossier-labels.js';

const problem = (status: number, description: string) =>
  ApiResponse({ status, description: `${description} (application/problem+json)` });

export const GetDossierDocs = () =>
  applyDecorators(
    ApiOperation({
      summary: "Download the agreement's PDF dossier",
      operationId: 'getAgreementDossier',
      description:
        "A PDF for auditors and archives: particulars, the final text with its SHA-256 and each clause's review, parties and signatures, every approval decision (who, when, on whose behalf, comment), legal's clause review, the commitments scorecard and the full event timeline (position, time, actor, event, short hash) of the agreement and its commitments, with the head of the event log and the latest signed checkpoint. Headings in the chosen language; recorded text is printed as recorded, Vietnamese, Russian and Japanese included (fonts embedded). See docs/dossier.md.",
    }),
    ApiParam({ name: 'id', format: 'uuid' }),
    ApiQuery({
      name: 'lang',
      required: false,
      enum: DOSSIER_LANGUAGES,
      description:
        "Language of headings and labels; default: the first of Accept-Language's that is offered, else en",
      example: 'vi',
    }),
    ApiHeader({ name: 'Accept-Language', required: false, example: 'vi, en;q=0.8' }),
    ApiProduces('application/pdf'),
    ApiResponse({
      status: 200,
      description:
        'The PDF, streamed, as an attachment named after the agreement (Content-Disposition)',
      content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } },
    }),
    problem(400, 'The id is not a UUID'),
    problem(404, 'No such agreement'),
    problem(422, 'A `lang` the dossier is not written in (UNSUPPORTED_LANGUAGE)'),
  );
