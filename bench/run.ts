/**
 * `npm run bench`: measures the service end to end on this machine, through the real HTTP API
 * (Fastify, SQLite file or DATABASE_URL, Redis and the in-process Bull processors), and prints
 * one line per figure. BENCH_ROWS sets the roster size (default 40,000); BENCH_SCORED how many
 * contestants the judges score (default 4,000); BENCH_COMPETITION the contestants of the whole
 * competition whose results are computed (default 40,000; 0 skips it); BENCH_CAMPAIGN the entries
 * of the campaign's preliminaries whose advancement is computed (default 40,000; 0 skips it).
 * `--only=campaign` (or `roster`, `competition`, comma-separated) runs only those stages.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../src/bootstrap/create-app';
import { loadEnvironment } from '../src/config/environment';
import { BenchApi, multipart, ok, type Schemas, setStatus, size, timed } from './api';
import { benchRoster } from './roster';
import { record, report } from './report';
import { benchScoring } from './scoring';
import { benchCompetition } from './competition';
import { benchCampaign } from './campaign';
import { DataSource } from 'typeorm';

/** `--scale=0.05` runs everything at 5% (CI's smoke run); the default is the full city scale. */
const SCALE = Number(
  /^--scale=(.+)$/.exec(process.argv.find((a) => a.startsWith('--scale=')) ?? '')?.[1] ?? 1,
);
const scaled = (env: string | undefined, full: number) =>
  Number(env ?? Math.max(50, Math.round(full * SCALE)));
const ROWS = scaled(process.env.BENCH_ROWS, 40000);
const SCORED = scaled(process.env.BENCH_SCORED, 4000);
const COMPETITION =
  process.env.BENCH_COMPETITION === '0' ? 0 : scaled(process.env.BENCH_COMPETITION, 40000);
const CAMPAIGN = process.env.BENCH_CAMPAIGN === '0' ? 0 : scaled(process.env.BENCH_CAMPAIGN, 40000);
/** The campaign's trades and preliminaries (34 and 200 at full scale) follow the scale too. */
const CAMPAIGN_TRADES = Math.max(2, Math.round(34 * SCALE));
const CAMPAIGN_SIZE = {
  trades: CAMPAIGN_TRADES,
  preliminaries: Math.max(2 * CAMPAIGN_TRADES, Math.round(200 * SCALE)),
  entries: CAMPAIGN,
  perFeeder: 6,
};
/** `--only=roster,competition,campaign`: the stages to run (all by default). */
const ONLY = /^--only=(.+)$/
  .exec(process.argv.find((a) => a.startsWith('--only=')) ?? '')?.[1]
  ?.split(',');
const runs = (stage: 'roster' | 'competition' | 'campaign') => !ONLY || ONLY.includes(stage);
const OUT = process.env.BENCH_OUT ?? 'bench-results.json';
/** Job runners beside the API (which also processes jobs): the machine has 2 cores. */
const WORKERS = Number(process.env.BENCH_WORKERS ?? 1);

/** `npm run start:job-runner`'s process, from the sources, with the API's environment. */
function startWorker(env: Record<string, string | undefined>): Promise<ChildProcess> {
  const worker = spawn(
    process.execPath,
    ['-r', 'ts-node/register/transpile-only', join('src', 'job-runner.ts')],
    {
      cwd: join(__dirname, '..'),
      env: { ...process.env, ...env, LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Job runner ready')) resolve(worker);
    };
    worker.stdout.on('data', onData);
    worker.stderr.on('data', onData);
    worker.once('exit', (code) =>
      reject(new Error(`job runner exited (${code}): ${output.slice(-500)}`)),
    );
  });
}
const UNITS = 200;

let peakRss = 0;
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}, 50);

const SCHEME: Schemas['SchemeDto'] = {
  parts: [
    {
      key: 'theory',
      name: '理论',
      weight: 30,
      criteria: [
        { key: 'exam', name: '笔试', maxPoints: 100, kind: 'MEASUREMENT', method: 'SINGLE' },
      ],
    },
    {
      key: 'practical',
      name: '实操',
      weight: 70,
      criteria: [
        { key: 'dimension', name: '尺寸精度', maxPoints: 40, kind: 'MEASUREMENT' },
        {
          key: 'finish',
          name: '表面质量',
          maxPoints: 30,
          kind: 'MEASUREMENT',
          method: 'TRIMMED_MEAN',
        },
        { key: 'safety', name: '安全文明生产', maxPoints: 30, kind: 'JUDGEMENT' },
      ],
    },
  ],
};

async function importRoster(
  api: BenchApi,
  contestId: number,
  file: Buffer,
  label: string,
): Promise<void> {
  const roster = new File([file], 'roster.xlsx');
  const { ms, value } = await timed(async () => {
    const answer = await ok(
      api.client.POST('/api/contests/{id}/registrations/import', {
        params: { path: { id: contestId } },
        body: { file: roster },
        bodySerializer: multipart,
      }),
    );
    if (!('importId' in answer)) return answer; // small: imported in the request
    for (;;) {
      const status = await ok(
        api.client.GET('/api/contests/{id}/registrations/imports/{importId}', {
          params: { path: { id: contestId, importId: answer.importId } },
        }),
      );
      if (status.status === 'DONE' && status.result) return status.result;
      if (status.status === 'FAILED')
        throw new Error(`import failed: ${JSON.stringify(status.error)}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  });
  record(
    `${label}: upload → job done`,
    `${(ms / 1000).toFixed(2)} s (${Math.round(ROWS / (ms / 1000))} rows/s; created ${value.created}, ` +
      `updated ${value.updated}, unchanged ${value.unchanged}, rejected ${value.rejected.length})`,
  );
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'skills-bench-'));
  const env = loadEnvironment({
    DATA_DIR: dataDir,
    DATABASE_URL: process.env.DATABASE_URL,
    REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    QUEUE_PREFIX: `bench_${randomBytes(4).toString('hex')}`,
    LOG_LEVEL: 'warn',
    ADMIN_USERNAME: 'bench',
    ADMIN_PASSWORD: 'bench-password',
    BCRYPT_ROUNDS: '4',
    QUEUE_CONCURRENCY: process.env.QUEUE_CONCURRENCY,
  });
  const app = await createApp(env);
  await app.listen(0, '127.0.0.1');
  const workers: ChildProcess[] = [];
  for (let i = 0; i < WORKERS; i++) {
    workers.push(
      await startWorker({
        DATA_DIR: dataDir,
        DATABASE_URL: process.env.DATABASE_URL,
        REDIS_URL: env.REDIS_URL,
        QUEUE_PREFIX: env.QUEUE_PREFIX,
      }),
    );
  }
  const base = `${await app.getUrl()}/api`.replace('[::1]', '127.0.0.1');
  try {
    const api = await new BenchApi(base).login('bench', 'bench-password');
    console.log(
      `database: ${env.DATABASE_URL ? 'postgres' : 'sqlite'}, scale ${SCALE}: roster ${ROWS} rows, ` +
        `${SCORED} scored, competition of ${COMPETITION}, campaign of ${CAMPAIGN}` +
        `${ONLY ? ` (only ${ONLY.join(', ')})` : ''}; ${WORKERS} worker process(es) beside the API; ` +
        `machine: ${JSON.stringify(report.machine())}`,
    );

    const { client } = api;
    if (runs('roster')) {
      const city = await ok(
        client.POST('/api/units', { body: { code: 'CITY', name: '市总工会' } }),
      );
      const unitCodes: string[] = [];
      for (let i = 0; i < UNITS; i++) {
        const code = `U${String(i).padStart(4, '0')}`;
        await ok(
          client.POST('/api/units', {
            body: { code, name: `第${i + 1}基层工会`, parentId: city.id },
          }),
        );
        unitCodes.push(code);
      }
      const competition = await ok(
        client.POST('/api/competitions', {
          body: { code: 'BENCH', name: '基准测试大赛', year: 2026 },
        }),
      );
      const trades = await ok(client.GET('/api/trades'));
      const contest = await ok(
        client.POST('/api/competitions/{id}/contests', {
          params: { path: { id: competition.id } },
          body: { tradeId: trades[0].id, scheme: SCHEME },
        }),
      );
      const path = { params: { path: { id: contest.id } } };
      await setStatus(client, contest.id, 'REGISTRATION');

      const made = await timed(() => benchRoster(ROWS, unitCodes));
      record(
        `generate a ${ROWS}-row .xlsx (exceljs, not timed below)`,
        `${made.ms.toFixed(0)} ms, ${(made.value.length / 1024 / 1024).toFixed(2)} MB`,
      );
      peakRss = process.memoryUsage().rss;
      const rssBefore = peakRss;
      const imported = await timed(() =>
        importRoster(api, contest.id, made.value, `roster import, ${ROWS} new workers`),
      );
      report.goal({
        goal: `roster import of ${ROWS} rows`,
        figure: `${(imported.ms / 1000).toFixed(1)} s`,
        limit: '30 s',
        ratio: imported.ms / 30000,
        target: '≤ 1 (under 30 s)',
        met: imported.ms < 30000,
      });
      record(
        '  peak RSS during the import (whole process)',
        `${(peakRss / 1024 / 1024).toFixed(0)} MB (before: ${(rssBefore / 1024 / 1024).toFixed(0)} MB)`,
      );
      await importRoster(api, contest.id, made.value, 'the same roster again (nothing to change)');

      const list = await timed(() => ok(client.GET('/api/contests/{id}/registrations', path)));
      record(
        `list all ${list.value.length} registrations (masked JSON)`,
        `${list.ms.toFixed(0)} ms`,
      );
      const page = await timed(() =>
        ok(
          client.GET('/api/contests/{id}/registrations', {
            params: { path: { id: contest.id }, query: { page: 100, pageSize: 100 } },
          }),
        ),
      );
      record('list one page of 100', `${page.ms.toFixed(1)} ms`);

      await setStatus(client, contest.id, 'SCORING');
      const approve = await timed(() =>
        ok(
          client.POST('/api/contests/{id}/registrations/decisions', {
            ...path,
            body: { status: 'APPROVED', allPending: true },
          }),
        ),
      );
      record(
        `approve all ${ROWS} pending registrations (one request)`,
        `${approve.ms.toFixed(0)} ms`,
      );
      const draw = await timed(() =>
        ok(client.POST('/api/contests/{id}/draw', { ...path, body: {} })),
      );
      record(`draw ${draw.value.drawn} stations and blind codes`, `${draw.ms.toFixed(0)} ms`);
      const exported = await timed(() =>
        size(
          client.GET('/api/contests/{id}/registrations/export', {
            ...path,
            parseAs: 'arrayBuffer',
          }),
        ),
      );
      record(
        `export ${ROWS} registrations as .xlsx`,
        `${exported.ms.toFixed(0)} ms, ${(exported.value / 1024 / 1024).toFixed(2)} MB`,
      );

      await benchScoring(api, app.get(DataSource), contest.id, SCORED, record);
    }
    if (COMPETITION > 0 && runs('competition'))
      await benchCompetition(api, app.get(DataSource), base, COMPETITION, record);
    if (CAMPAIGN > 0 && runs('campaign'))
      await benchCampaign(api, app.get(DataSource), CAMPAIGN_SIZE, record);
    report.finish(
      {
        scale: SCALE,
        database: env.DATABASE_URL ? 'postgres' : 'sqlite',
        rows: ROWS,
        scored: SCORED,
        competition: COMPETITION,
        campaign: CAMPAIGN_SIZE,
        only: ONLY ?? 'all',
      },
      OUT,
    );
  } finally {
    clearInterval(sampler);
    for (const worker of workers) worker.kill('SIGTERM');
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
