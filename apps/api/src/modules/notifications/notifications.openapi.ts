import { applyDecorators } from '@nestjs/common';
import { ApiBody, ApiOperation, ApiParam, ApiQuery, ApiResponse } from '@nestjs/swagger';
import { updateNotificationPreferencesSchema } from '@concordat/domain';
import { openApiSchema } from '../../platform/openapi/zod-openapi.js';

/** OpenAPI descriptions of the notification routes, kept out of the controller. */
const problem = (status: number, description: string) =>
  ApiResponse({ status, description: `${description} (application/problem+json)` });

const paging = () =>
  applyDecorators(
    ApiQuery({ name: 'page', required: false, type: Number }),
    ApiQuery({ name: 'pageSize', required: false, type: Number }),
  );

export const NotificationDocs = {
  list: () =>
    applyDecorators(
      ApiOperation({
        summary: "The caller's notifications, newest first, with the unread count",
        operationId: 'listNotifications',
      }),
      paging(),
      ApiQuery({ name: 'unreadOnly', required: false, type: Boolean }),
      ApiResponse({ status: 200, description: 'One page, and `unread`' }),
      problem(400, 'Bad paging'),
    ),
  read: () =>
    applyDecorators(
      ApiOperation({ summary: 'Mark one notification read', operationId: 'readNotification' }),
      ApiParam({ name: 'id', format: 'uuid' }),
      ApiResponse({ status: 204, description: 'Read (or already read)' }),
      problem(404, 'No such notification for the caller'),
    ),
  readAll: () =>
    applyDecorators(
      ApiOperation({
        summary: "Mark all the caller's notifications read",
        operationId: 'readAllNotifications',
      }),
      ApiResponse({ status: 200, description: '`marked`: how many were unread' }),
    ),
  preferences: () =>
    applyDecorators(
      ApiOperation({
        summary: 'Mail language and the kind × channel switches of the caller',
        operationId: 'getNotificationPreferences',
      }),
      ApiResponse({ status: 200, description: 'Every switch, defaults filled in' }),
    ),
  updatePreferences: () =>
    applyDecorators(
      ApiOperation({
        summary: 'Change the mail language and some switches',
        operationId: 'updateNotificationPreferences',
      }),
      ApiBody({
        schema: openApiSchema(updateNotificationPreferencesSchema),
        examples: {
          russianMailWithoutDueSoonMail: {
            value: {
              language: 'ru',
              preferences: [{ kind: 'approval.due_soon', channel: 'email', enabled: false }],
            },
          },
        },
      }),
      ApiResponse({ status: 200, description: 'The preferences as they now stand' }),
      problem(400, 'Unknown kind, channel or language, named in `errors`'),
    ),
  outbox: () =>
    applyDecorators(
      ApiOperation({
        summary: 'Mail rendered for notifications, newest first (admins)',
        operationId: 'listOutbox',
      }),
      paging(),
      ApiResponse({ status: 200, description: 'One page of mail with its delivery state' }),
      problem(403, 'Admins only'),
    ),
};
