import { applyDecorators } from '@nestjs/common';
import { ApiBody, ApiOperation, ApiParam, ApiQuery, ApiResponse } from '@nestjs/swagger';
import { createDraftAgreementSchema } from '@concordat/domain';
import { openApiSchema } from '../../platform/openapi/zod-openapi.js';

/** OpenAPI descriptions of the agreement routes, kept out of the controller to keep it short. */
const problem = (status: number, description: string) =>
  ApiResponse({ status, description: `${description} (application/problem+json)` });

export const CreateDraftAgreementDocs = () =>
  applyDecorators(
    ApiOperation({ summary: 'Create a draft agreement', operationId: 'createDraftAgreement' }),
    ApiBody({ schema: openApiSchema(createDraftAgreementSchema) }),
    ApiResponse({
      status: 201,
      description: 'The new agreement; ETag holds its version, Location its URL',
    }),
    problem(400, 'Invalid fields, each named in `errors`'),
    problem(401, 'Not signed in'),
    problem(403, 'The role may not create agreements'),
  );

export const ListAgreementsDocs = () =>
  applyDecorators(
    ApiOperation({
      summary: 'List, search, filter and sort agreements',
      operationId: 'listAgreements',
    }),
    ApiQuery({
      name: 'q',
      required: false,
      description: 'Searches titles in every language and partner names',
    }),
    ApiQuery({ name: 'status', required: false }),
    ApiQuery({ name: 'partner', required: false }),
    ApiQuery({ name: 'country', required: false, description: 'ISO 3166-1 alpha-2' }),
    ApiQuery({
      name: 'sort',
      required: false,
      enum: ['updatedAt', 'createdAt', 'title', 'status'],
    }),
    ApiQuery({ name: 'order', required: false, enum: ['asc', 'desc'] }),
    ApiQuery({ name: 'page', required: false, type: Number }),
    ApiQuery({ name: 'pageSize', required: false, type: Number }),
    ApiResponse({ status: 200, description: 'Page<AgreementView>' }),
    problem(400, 'Invalid query parameters'),
  );

export const GetAgreementDocs = () =>
  applyDecorators(
    ApiOperation({ summary: 'Get one agreement', operationId: 'getAgreement' }),
    ApiParam({ name: 'id', format: 'uuid' }),
    ApiResponse({ status: 200, description: 'AgreementView; ETag holds its version' }),
    problem(400, 'The id is not a UUID'),
    problem(404, 'No such agreement'),
  );

export const GetAgreementHistoryDocs = () =>
  applyDecorators(
    ApiOperation({
      summary: "An agreement's history, oldest first",
      operationId: 'getAgreementHistory',
    }),
    ApiParam({ name: 'id', format: 'uuid' }),
    ApiResponse({ status: 200, description: 'AgreementEventView[] with the acting user' }),
    problem(404, 'No such agreement'),
  );
