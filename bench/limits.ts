import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import type { DataSource } from 'typeorm';
import { CertificateFonts } from '../src/certificates/pdf/fonts';
import { renderCertificate } from '../src/certificates/pdf/certificate-pdf';
import { bulkInsert } from '../src/database/bulk-insert';
import { timed } from './api';

/**
 * Multi-row INSERTs of raw tuples through the driver (bulkInsert: plain SQL, ~30,000 parameters
 * a statement), `perTransaction` rows per transaction. Used to seed and to measure limits.
 */
export async function insertRows(
  dataSource: DataSource,
  table: string,
  columns: string[],
  rows: unknown[][],
  perTransaction = 20000,
): Promise<void> {
  for (let i = 0; i < rows.length; i += perTransaction) {
    await dataSource.transaction((manager) =>
      bulkInsert(manager, table, columns, rows.slice(i, i + perTransaction)),
    );
  }
}

/** insertRows, timed: milliseconds. */
async function rawInsertMs(
  dataSource: DataSource,
  table: string,
  columns: string[],
  rows: unknown[][],
  perTransaction = 20000,
): Promise<number> {
  const { ms } = await timed(() => insertRows(dataSource, table, columns, rows, perTransaction));
  return ms;
}

const SCORE_COLUMNS = [
  'contest_id',
  'registration_id',
  'criterion_id',
  'judge_id',
  'value_centi',
  'version',
  'entered_by',
  'created_at',
  'updated_at',
];

/** One score row as the limit inserts it (the columns of SCORE_COLUMNS, in order). */
export type RawScoreRow = [number, number, number, number, number, number, number, string, string];

/**
 * The limit for score entry: exactly the score rows the API is about to enter, inserted by raw
 * multi-row SQL through the same driver into the real `scores` table (its unique key, indexes,
 * checks and foreign keys), then deleted again (not timed) so that the API starts from the same
 * empty table. Also, for information, the same rows in transactions of the API's batch size,
 * and into a bare table with no index or key.
 * Rows per second.
 */
export async function rawInsertRates(
  dataSource: DataSource,
  rows: RawScoreRow[],
  batch: number,
): Promise<{ scoresTable: number; scoresTableBatched: number; bareTable: number }> {
  const contestIds = [...new Set(rows.map((r) => r[0]))];
  const clear = () =>
    dataSource.query(`DELETE FROM scores WHERE contest_id IN (${contestIds.join(',')})`);
  const scoresMs = await rawInsertMs(dataSource, 'scores', SCORE_COLUMNS, rows);
  await clear();
  const batchedMs = await rawInsertMs(dataSource, 'scores', SCORE_COLUMNS, rows, batch);
  await clear();
  await dataSource.query(
    'CREATE TABLE bench_raw_scores (contest_id integer, registration_id integer, criterion_id integer, ' +
      'judge_id integer, value_centi integer, version integer, entered_by integer, ' +
      'created_at varchar(24), updated_at varchar(24))',
  );
  try {
    const bareMs = await rawInsertMs(dataSource, 'bench_raw_scores', SCORE_COLUMNS, rows);
    return {
      scoresTable: rows.length / (scoresMs / 1000),
      scoresTableBatched: rows.length / (batchedMs / 1000),
      bareTable: rows.length / (bareMs / 1000),
    };
  } finally {
    await dataSource.query('DROP TABLE bench_raw_scores');
  }
}

/**
 * The reference ranking query, written directly in SQL: every contestant's total (criterion means
 * summed) and rank within their contest, over every score of the contests. Milliseconds.
 */
export async function referenceRankingMs(
  dataSource: DataSource,
  contestIds: number[],
): Promise<number> {
  const sql = `SELECT contest_id, registration_id, total,
      RANK() OVER (PARTITION BY contest_id ORDER BY total DESC) AS place
    FROM (SELECT contest_id, registration_id, SUM(v) AS total
          FROM (SELECT contest_id, registration_id, criterion_id, AVG(value_centi) AS v
                FROM scores WHERE contest_id IN (${contestIds.join(',')})
                GROUP BY contest_id, registration_id, criterion_id) per_criterion
          GROUP BY contest_id, registration_id) totals`;
  const { ms } = await timed(() => dataSource.query(sql));
  return ms;
}

/** pdfkit drawing the same certificate with no server around it: certificates per second. */
export async function barePdfRate(count: number): Promise<number> {
  const fonts = CertificateFonts.load({});
  const content = {
    serial: 'BENCH-T0-0001',
    name: '王建国',
    unit: '第1基层工会',
    trade: '电子商务',
    title: '技术状元',
    competition: '全市大赛基准',
    issuingBody: '大赛组委会',
    issuedOn: '2026-11-25',
    verifyUrl: 'http://localhost:3000/verify/ABCDEFGHJKLM',
  };
  await renderCertificate(content, fonts); // warm up
  const { ms } = await timed(async () => {
    for (let i = 0; i < count; i++)
      await renderCertificate({ ...content, serial: `BENCH-T0-${i}` }, fonts);
  });
  return count / (ms / 1000);
}

export interface LoadResult {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
}

/** autocannon in its own process (so the server keeps its thread), `connections` at once. */
export function load(url: string, connections: number, seconds: number): Promise<LoadResult> {
  const cli = createRequire(__filename).resolve('autocannon/autocannon.js');
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [cli, '-c', String(connections), '-d', String(seconds), '-j', url],
      {
        stdio: ['ignore', 'pipe', 'ignore'],
      },
    );
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('error', reject);
    child.on('close', () => {
      try {
        const result = JSON.parse(out) as {
          requests: { average: number };
          latency: { p50: number; p99: number };
          errors: number;
          non2xx: number;
        };
        resolve({
          requestsPerSecond: result.requests.average,
          p50: result.latency.p50,
          p99: result.latency.p99,
          errors: result.errors + result.non2xx,
        });
      } catch (error) {
        reject(new Error(`autocannon gave no result: ${String(error)} ${out.slice(0, 200)}`));
      }
    });
  });
}
