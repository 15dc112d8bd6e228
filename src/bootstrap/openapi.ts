import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import metadata from '../metadata';

/**
 * The API's OpenAPI document, the contract every client is generated from. Schemas come from the
 * swagger plugin's metadata, generated ahead of time into src/metadata.ts by `npm run openapi`
 * (from the `.dto.ts`, `.response.ts` and `.entity.ts` classes and the controllers' return types),
 * so that the compiled server, the tests (which do not run the plugin) and the committed
 * docs/openapi.json all describe the same thing; a test fails when any of them drifts.
 */
export async function openApiDocument(app: INestApplication): Promise<OpenAPIObject> {
  await SwaggerModule.loadPluginMetadata(metadata);
  return SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('职工职业技能大赛管理系统 API')
      .setDescription(
        'Skills-competition management for trade unions. Errors: `{ statusCode, code, message, details? }`.',
      )
      .setVersion('0.1.0')
      .addBearerAuth()
      .build(),
  );
}
