import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createApp } from '../bootstrap/create-app';
import { openApiDocument } from '../bootstrap/openapi';
import { loadEnvironment } from '../config/environment';
import { Command, CommandExit } from './command';

/**
 * `openapi [--out FILE]`: the compiled API's OpenAPI document, written as committed (two-space
 * JSON, final newline) to FILE (default docs/openapi.json; `-`: standard output). It boots the API
 * on a throwaway data directory (Redis from REDIS_URL) and describes it with the swagger metadata
 * compiled into it (src/metadata.ts). Regenerating that metadata from the sources needs the Nest
 * CLI, a dev dependency: that is `npm run openapi` (scripts/openapi.ts), at development time.
 */
/**
 * The document the API serves, as committed (two-space JSON, final newline): the API booted on a
 * throwaway data directory (Redis from REDIS_URL), with the swagger metadata it was built with.
 */
export async function documentText(): Promise<string> {
  const dataDir = mkdtempSync(join(tmpdir(), 'skills-openapi-'));
  try {
    const app = await createApp(
      loadEnvironment({
        NODE_ENV: 'development',
        DATA_DIR: dataDir,
        REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
        QUEUE_PREFIX: `openapi_${randomBytes(4).toString('hex')}`,
        QUEUE_PROCESSORS_IN_API: 'false',
        LOG_LEVEL: 'silent',
        ADMIN_USERNAME: 'admin',
        ADMIN_PASSWORD: randomBytes(12).toString('base64url'),
      }),
      { databaseRetryAttempts: 0 },
    );
    const text = `${JSON.stringify(await openApiDocument(app), null, 2)}\n`;
    await app.close();
    return text;
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function openapi(args: string[]): Promise<number> {
  let out = 'docs/openapi.json';
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--out' && args[i + 1] !== undefined) out = args[++i];
    else throw new CommandExit(2, 'Usage: openapi [--out FILE]   (FILE `-`: standard output)');
  }
  const text = await documentText();
  if (out === '-') {
    process.stdout.write(text);
  } else {
    writeFileSync(resolve(out), text);
    console.log(`wrote ${resolve(out)}`);
  }
  return 0;
}

export const openapiCommand: Command = {
  summary: "openapi [--out FILE]          write the compiled API's OpenAPI document",
  run: openapi,
};
