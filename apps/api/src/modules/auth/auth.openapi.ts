import { applyDecorators } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiResponse } from '@nestjs/swagger';
import { loginSchema } from '@concordat/domain';
import { openApiSchema } from '../../platform/openapi/zod-openapi.js';

/** OpenAPI descriptions of the auth routes, kept out of the controller to keep it short. */
export const LogInDocs = () =>
  applyDecorators(
    ApiOperation({
      summary: 'Sign in; returns a bearer token and sets the session cookie',
      operationId: 'login',
    }),
    ApiBody({
      schema: openApiSchema(loginSchema),
      examples: {
        demo: { value: { email: 'official@concordat.demo', password: 'concordat-demo' } },
      },
    }),
    ApiResponse({
      status: 200,
      description: 'SessionView; also sets the httpOnly concordat_session cookie',
    }),
    ApiResponse({ status: 400, description: 'Invalid fields (application/problem+json)' }),
    ApiResponse({
      status: 401,
      description: 'Wrong email or password; the answer does not say which',
    }),
    ApiResponse({ status: 429, description: 'Too many attempts for this email from this address' }),
  );

export const LogOutDocs = () =>
  applyDecorators(
    ApiOperation({
      summary: 'Revoke the current session and clear the cookie',
      operationId: 'logout',
    }),
    ApiResponse({ status: 204, description: 'Signed out (also when there was no live session)' }),
  );

export const CurrentUserDocs = () =>
  applyDecorators(
    ApiBearerAuth(),
    ApiOperation({ summary: 'The signed-in user', operationId: 'me' }),
    ApiResponse({ status: 200, description: 'UserRef' }),
    ApiResponse({ status: 401, description: 'Not signed in (application/problem+json)' }),
  );
