/**
 * `npm run openapi`: regenerates the swagger plugin's metadata (src/metadata.ts) from the source,
 * then boots the API on a throwaway data directory and writes its OpenAPI document to
 * docs/openapi.json, then the web pages' types from that document (web/src/api/schema.d.ts). All
 * three files are committed; test/e2e/openapi.e2e-spec.ts fails when the first two differ from what
 * the code gives, test/web/web-schema.spec.ts when the third differs from what the document gives,
 * so run this after changing a route, a DTO or a response class.
 *
 * `npm run openapi -- --web` writes only the web pages' types, from docs/openapi.json as it is (no
 * Redis, no app); `-- --web --stdout` prints them instead (the spec's way to run the generator, an
 * ES module that jest's CommonJS runtime cannot load).
 */
import { PluginMetadataGenerator } from '@nestjs/cli/lib/compiler/plugins/plugin-metadata-generator';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

// The package exports its plugin as '@nestjs/swagger/plugin', whose types this project's module
// resolution ("node") finds only under dist/.
const { ReadonlyVisitor } =
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require('@nestjs/swagger/plugin') as typeof import('@nestjs/swagger/dist/plugin');

const ROOT = resolve(__dirname, '..');
export const DOCUMENT_PATH = join(ROOT, 'docs', 'openapi.json');
export const METADATA_PATH = join(ROOT, 'src', 'metadata.ts');
export const WEB_SCHEMA_PATH = join(ROOT, 'web', 'src', 'api', 'schema.d.ts');

/**
 * Writes the plugin's metadata for the whole of src/ as `<outputDir>/metadata.ts`: models from the
 * `.dto.ts`, `.response.ts` and `.entity.ts` files, responses from the controllers' return types,
 * descriptions from their doc comments, validation rules from class-validator's decorators.
 */
export function generateMetadata(outputDir: string): void {
  new PluginMetadataGenerator().generate({
    visitors: [
      new ReadonlyVisitor({
        pathToSource: join(ROOT, 'src'),
        dtoFileNameSuffix: ['.dto.ts', '.response.ts', '.entity.ts'],
        introspectComments: true,
        classValidatorShim: true,
      }),
    ],
    outputDir,
    // Relative to the working directory, as the generator wants it.
    tsconfigPath: relative(process.cwd(), join(ROOT, 'tsconfig.build.json')),
    filename: 'metadata.ts',
    printDiagnostics: false,
  });
}

/**
 * The web pages' types for a document, as openapi-typescript writes them: `paths` (each route's
 * parameters, body and answers, which openapi-fetch's client checks calls against) and
 * `components` (the schemas). Loaded only here, so that the rest of this file needs none of it.
 */
export async function generateWebSchema(document: string): Promise<string> {
  const { default: openapiTS, astToString } = await import('openapi-typescript');
  const { factory } = await import('typescript');
  const ast = await openapiTS(JSON.parse(document) as Parameters<typeof openapiTS>[0], {
    // An uploaded file (multipart, `format: binary`) is a Blob or File to the page, not a string.
    transform: (schema) =>
      schema.format === 'binary' ? factory.createTypeReferenceNode('Blob') : undefined,
  });
  return `/* Generated from docs/openapi.json by \`npm run openapi\` (openapi-typescript): do not edit. */\n\n${astToString(ast)}`;
}

/** Writes web/src/api/schema.d.ts from docs/openapi.json. */
async function writeWebSchema(): Promise<void> {
  writeFileSync(WEB_SCHEMA_PATH, await generateWebSchema(readFileSync(DOCUMENT_PATH, 'utf8')));
}

async function main(): Promise<void> {
  if (process.argv.includes('--web') && process.argv.includes('--stdout')) {
    const text = await generateWebSchema(readFileSync(DOCUMENT_PATH, 'utf8'));
    // Flushed before returning: the process exits at once after, which would cut a piped write.
    await new Promise<void>((done) => process.stdout.write(text, () => done()));
    return;
  }
  if (process.argv.includes('--web')) {
    await writeWebSchema();
    console.log(`wrote ${WEB_SCHEMA_PATH}`);
    return;
  }
  generateMetadata(join(ROOT, 'src'));
  // Imported only now, so that the app reads the metadata just written.
  const { documentText } = await import('../src/cli/openapi.command');
  writeFileSync(DOCUMENT_PATH, await documentText());
  await writeWebSchema();
  console.log(`wrote ${METADATA_PATH}, ${DOCUMENT_PATH} and ${WEB_SCHEMA_PATH}`);
}

if (require.main === module) {
  main().then(
    // Bull's and the pool's sockets may linger for a moment after close(): nothing is left to do.
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
