import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { WEB_SCHEMA_PATH } from '../../scripts/openapi';

const ROOT = join(__dirname, '..', '..');

/*
 * The web pages call the API through openapi-fetch, typed by web/src/api/schema.d.ts. That file is
 * generated from the committed document; if it lagged behind, the pages would be checked against
 * an API that is no longer the one served (test/e2e/openapi.e2e-spec.ts keeps the document true).
 */
describe('the web pages’ API types (web/src/api/schema.d.ts)', () => {
  it('are what openapi-typescript gives from docs/openapi.json (else: npm run openapi -- --web)', () => {
    // In a process of its own: the generator is an ES module, which jest's runtime cannot load.
    const generated = execFileSync(
      process.execPath,
      [
        join(ROOT, 'node_modules/ts-node/dist/bin.js'),
        '--transpile-only',
        join(ROOT, 'scripts/openapi.ts'),
        '--web',
        '--stdout',
      ],
      { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    );
    expect(generated).toContain('export interface paths');
    expect(readFileSync(WEB_SCHEMA_PATH, 'utf8')).toBe(generated);
  });
});
