/**
 * `npm run bench`: measures the service end to end on this machine, through the real HTTP API
 * (Fastify, SQLite file or DATABASE_URL, Redis and the in-process Bull processors), and prints
 * one line per figure. BENCH_ROWS sets the roster size (default 40,000).
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../src/bootstrap/create-app';
import { loadEnvironment } from '../src/config/environment';
import { benchRoster } from './roster';

const ROWS = Number(process.env.BENCH_ROWS ?? 40000);
const UNITS = 200;

interface Figure {
  name: string;
  value: string;
}
const figures: Figure[] = [];
const record = (name: string, value: string) => {
  figures.push({ name, value });
  console.log(`${name.padEnd(58)} ${value}`);
};

let peakRss = 0;
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}, 50);

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = process.hrtime.bigint();
  const value = await work();
  return { ms: Number(process.hrtime.bigint() - started) / 1e6, value };
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
  });
  const app = await createApp(env);
  await app.listen(0, '127.0.0.1');
  const base = `${await app.getUrl()}/api`.replace('[::1]', '127.0.0.1');
  let token = '';
  const call = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const res = await fetch(`${base}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body instanceof FormData ? {} : { 'content-type': 'application/json' }),
      },
      body: body instanceof FormData ? body : body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    if (res.status >= 400)
      throw new Error(`${method} ${path} → ${res.status} ${text.slice(0, 300)}`);
    return (text ? JSON.parse(text) : undefined) as T;
  };
  try {
    token = (
      await call<{ accessToken: string }>('POST', '/auth/login', {
        username: 'bench',
        password: 'bench-password',
      })
    ).accessToken;
    console.log(`database: ${env.DATABASE_URL ? 'postgres' : 'sqlite'}, roster rows: ${ROWS}`);

    const city = await call<{ id: number }>('POST', '/units', { code: 'CITY', name: '市总工会' });
    const codes: string[] = [];
    for (let i = 0; i < UNITS; i++) {
      const code = `U${String(i).padStart(4, '0')}`;
      await call('POST', '/units', { code, name: `第${i + 1}基层工会`, parentId: city.id });
      codes.push(code);
    }
    const competition = await call<{ id: number }>('POST', '/competitions', {
      code: 'BENCH',
      name: '基准测试大赛',
      year: 2026,
    });
    const trades = await call<Array<{ id: number; code: string }>>('GET', '/trades');
    const contest = await call<{ id: number }>('POST', `/competitions/${competition.id}/contests`, {
      tradeId: trades[0].id,
      scheme: {
        parts: [
          {
            key: 'theory',
            name: '理论',
            weight: 30,
            criteria: [{ key: 'exam', name: '笔试', maxPoints: 100, kind: 'MEASUREMENT' }],
          },
          {
            key: 'practical',
            name: '实操',
            weight: 70,
            criteria: [{ key: 'task', name: '操作', maxPoints: 100, kind: 'MEASUREMENT' }],
          },
        ],
      },
    });
    await call('PATCH', `/contests/${contest.id}`, { status: 'REGISTRATION' });

    const made = await timed(() => benchRoster(ROWS, codes));
    const file = made.value;
    record(
      `generate a ${ROWS}-row .xlsx (exceljs, not timed below)`,
      `${made.ms.toFixed(0)} ms, ${(file.length / 1024 / 1024).toFixed(2)} MB`,
    );

    const importOnce = async (label: string) => {
      const form = new FormData();
      form.append('file', new Blob([file]), 'roster.xlsx');
      const { ms, value } = await timed(async () => {
        const queued = await call<{ importId: number; jobId: string }>(
          'POST',
          `/contests/${contest.id}/registrations/import`,
          form,
        );
        for (;;) {
          const status = await call<{
            status: string;
            result: {
              created: number;
              updated: number;
              unchanged: number;
              rejected: unknown[];
            } | null;
            error: unknown;
          }>('GET', `/contests/${contest.id}/registrations/imports/${queued.importId}`);
          if (status.status === 'DONE' && status.result) return status.result;
          if (status.status === 'FAILED')
            throw new Error(`import failed: ${JSON.stringify(status.error)}`);
          await new Promise((r) => setTimeout(r, 50));
        }
      });
      record(
        `${label}: upload → job done`,
        `${(ms / 1000).toFixed(2)} s (${Math.round(ROWS / (ms / 1000))} rows/s; created ${value.created}, updated ${value.updated}, unchanged ${value.unchanged}, rejected ${value.rejected.length})`,
      );
    };
    peakRss = process.memoryUsage().rss;
    const rssBefore = peakRss;
    await importOnce(`roster import, ${ROWS} new workers`);
    record(
      '  peak RSS during the import (whole process)',
      `${(peakRss / 1024 / 1024).toFixed(0)} MB (before: ${(rssBefore / 1024 / 1024).toFixed(0)} MB)`,
    );
    await importOnce('the same roster again (nothing to change)');

    const list = await timed(() => call<unknown[]>('GET', `/contests/${contest.id}/registrations`));
    record(`list all ${list.value.length} registrations (masked JSON)`, `${list.ms.toFixed(0)} ms`);
    const page = await timed(() =>
      call<unknown[]>('GET', `/contests/${contest.id}/registrations?page=100&pageSize=100`),
    );
    record('list one page of 100', `${page.ms.toFixed(1)} ms`);

    await call('PATCH', `/contests/${contest.id}`, { status: 'SCORING' });
    const approve = await timed(() =>
      call('POST', `/contests/${contest.id}/registrations/decisions`, {
        status: 'APPROVED',
        allPending: true,
      }),
    );
    record(
      `approve all ${ROWS} pending registrations (one request)`,
      `${approve.ms.toFixed(0)} ms`,
    );
    const draw = await timed(() =>
      call<{ drawn: number }>('POST', `/contests/${contest.id}/draw`, {}),
    );
    record(`draw ${draw.value.drawn} stations and blind codes`, `${draw.ms.toFixed(0)} ms`);

    const exported = await timed(async () => {
      const res = await fetch(`${base}/contests/${contest.id}/registrations/export`, {
        headers: { authorization: `Bearer ${token}` },
      });
      return (await res.arrayBuffer()).byteLength;
    });
    record(
      `export ${ROWS} registrations as .xlsx`,
      `${exported.ms.toFixed(0)} ms, ${(exported.value / 1024 / 1024).toFixed(2)} MB`,
    );
  } finally {
    clearInterval(sampler);
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
