import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';

export const OPENAPI_JSON_PATH = 'api/openapi.json';
export const SWAGGER_UI_PATH = 'api/docs';

/**
 * OpenAPI from the controllers' decorators: JSON at /api/openapi.json, Swagger UI at
 * /api/docs. The UI's assets come through @fastify/static, which Jest's ESM runtime cannot
 * load on Node 20, so the integration tests turn the UI off and check the JSON.
 */
export function setUpOpenApi(app: NestFastifyApplication, swaggerUi: boolean): void {
  const config = new DocumentBuilder()
    .setTitle('Concordat API')
    .setDescription(
      'Memoranda of understanding and cooperation agreements through their whole life.',
    )
    .setVersion('0.1.0')
    .addBearerAuth({
      type: 'http',
      scheme: 'bearer',
      description: 'The accessToken from POST /api/auth/login',
    })
    .addCookieAuth('concordat_session')
    .build();
  const document = SwaggerModule.createDocument(app, config);
  SwaggerModule.setup(SWAGGER_UI_PATH, app, document, {
    jsonDocumentUrl: OPENAPI_JSON_PATH,
    ui: swaggerUi,
  });
}
