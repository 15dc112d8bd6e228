import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/**
 * The boundaries of .dependency-cruiser.cjs (docs/architecture.md) catch a planted violation:
 * a throwaway tree with one breach of each rule is cruised with the project's own configuration.
 */
const ROOT = join(__dirname, '..');
const CLI = join(ROOT, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');

interface Violation {
  rule: { name: string };
  from: string;
  to: string;
}

function cruise(files: Record<string, string>): Violation[] {
  const dir = mkdtempSync(join(tmpdir(), 'depcruise-'));
  try {
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
    const all: Record<string, string> = {
      'tsconfig.json': JSON.stringify({
        compilerOptions: { module: 'commonjs', target: 'es2022', moduleResolution: 'node' },
      }),
      ...files,
    };
    for (const [path, text] of Object.entries(all)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    const run = spawnSync(
      process.execPath,
      [CLI, 'src', '--config', join(ROOT, '.dependency-cruiser.cjs'), '--output-type', 'json'],
      { cwd: dir, encoding: 'utf8', timeout: 60_000 },
    );
    if (!run.stdout) throw new Error(`dependency-cruiser gave no output: ${run.stderr}`);
    const result = JSON.parse(run.stdout) as { summary: { violations: Violation[] } };
    return result.summary.violations;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const brief = (violations: Violation[]) =>
  violations.map((v) => `${v.rule.name}: ${v.from} -> ${v.to}`).sort();

/** A users entity that takes Role from common/auth, as the required rule asks. */
const CLEAN = {
  'src/common/auth/principal.ts': "export type Role = 'ORGANIZER';\n",
  'src/users/user.entity.ts':
    "import type { Role } from '../common/auth/principal';\nexport const role: Role = 'ORGANIZER';\n",
};

describe('dependency boundaries (npm run lint:deps)', () => {
  it('passes a tree that keeps them', () => {
    expect(
      brief(
        cruise({
          ...CLEAN,
          'src/common/text.ts': 'export const x = 1;\n',
          'src/units/unit-directory.ts':
            "import { x } from '../common/text';\nexport const y = x;\n",
          'src/results/rules/ranking.ts':
            "import { x } from '../../common/text';\nexport const z = x;\n",
        }),
      ),
    ).toEqual([]);
  }, 60_000);

  it('fails on a planted violation of each rule', () => {
    const violations = cruise({
      ...CLEAN,
      'src/contests/contest.entity.ts': 'export class Contest {}\n',
      'src/contests/rules/planted.ts':
        "import { Injectable } from '@nestjs/common';\nimport { DataSource } from 'typeorm';\nimport { Contest } from '../contest.entity';\nexport const planted = [Injectable, DataSource, Contest];\n",
      'src/common/planted.ts': "import { r } from '../results/planted';\nexport const c = r;\n",
      'src/results/planted.ts':
        "import { cert } from '../certificates/planted';\nexport const r = cert;\n",
      'src/certificates/planted.ts': 'export const cert = 1;\n',
      'src/workers/rules/text.ts': 'export const t = 1;\n',
      'src/units/planted.ts': "import { t } from '../workers/rules/text';\nexport const u = t;\n",
      'src/registrations/roster-import.entity.ts': 'export class RosterImport {}\n',
      'src/jobs/planted.ts':
        "import { RosterImport } from '../registrations/roster-import.entity';\nexport const j = RosterImport;\n",
      'src/trades/a.ts': "import { b } from '../competitions/b';\nexport const a = () => b;\n",
      'src/competitions/b.ts': "import { a } from '../trades/a';\nexport const b = () => a;\n",
    });
    const names = brief(violations).map((line) => line.replace(/ -> .*node_modules\//, ' -> '));
    // One of each, and nothing else (sorted by rule name).
    expect(names).toEqual([
      'common-imports-no-feature: src/common/planted.ts -> src/results/planted.ts',
      'jobs-import-no-feature-entity: src/jobs/planted.ts -> src/registrations/roster-import.entity.ts',
      expect.stringMatching(/^no-feature-cycles: src\/(trades\/a|competitions\/b)\.ts -> /),
      'results-import-no-certificates: src/results/planted.ts -> src/certificates/planted.ts',
      expect.stringMatching(
        /^rules-are-pure: src\/contests\/rules\/planted\.ts -> @nestjs\/common\//,
      ),
      expect.stringMatching(/^rules-are-pure: src\/contests\/rules\/planted\.ts -> typeorm\//),
      'rules-import-no-entity: src/contests/rules/planted.ts -> src/contests/contest.entity.ts',
      'units-import-no-workers: src/units/planted.ts -> src/workers/rules/text.ts',
    ]);
  }, 60_000);

  it('fails when Role is no longer taken from common/auth', () => {
    const violations = cruise({
      'src/users/user.entity.ts': "export type Role = 'ORGANIZER';\n",
    });
    expect(brief(violations)).toEqual([
      'role-and-principal-live-in-common-auth: src/users/user.entity.ts -> src/users/user.entity.ts',
    ]);
  }, 60_000);
});
