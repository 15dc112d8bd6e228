/**
 * `npm run load -- --seconds=300`: 200 judges entering scores at once for a set time, with
 * conflicting writes, against a real API process and a worker process (a fresh SQLite file, or
 * DATABASE_URL naming an empty PostgreSQL database; a throwaway redis-server, or REDIS_URL), and
 * then proof that nothing was lost: every accepted write is either the cell's final value or in
 * the audit log as superseded, the audit chain verifies, no 5xx, no error but the expected 409s.
 *
 * Options: --seconds (60), --contests (40), --judges per contest (5), --contestants per contest
 * (25), --think-ms (a judge's mean pause between two saves, 100), --seed. The system test
 * (test/system/load.system-spec.ts) runs the same thing for ~45 s; docs/load.md has the figures.
 */
import { fork } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { clusterEnvironment, ProductProcess } from '../test/system/support/cluster';
import { freePort, ThrowawayRedis } from '../test/support/redis-server';
import { ADMIN } from '../test/support/test-environment';
import { BenchApi, timed } from './api';
import { CHIEF_REASON, type LoadClientResult, type LoadPlan } from './load-client';
import { checkLoad, type LoadCheck } from './load-check';
import { CRITERIA, setUpLoad } from './load-setup';

export interface LoadOptions {
  seconds: number;
  contests: number;
  judgesPerContest: number;
  contestants: number;
  thinkMs: number;
  seed: number;
  rates: LoadPlan['rates'];
  /** PostgreSQL (an empty database); unset: a fresh SQLite file. */
  databaseUrl?: string;
  /** An existing Redis; unset: a throwaway redis-server on a free port. */
  redisUrl?: string;
  log: (line: string) => void;
}

export const DEFAULT_LOAD: LoadOptions = {
  seconds: 60,
  contests: 40,
  judgesPerContest: 5,
  contestants: 25,
  thinkMs: 100,
  seed: 20261126,
  rates: { tablets: 0.04, chief: 0.03, blind: 0.02, unversioned: 0.1, sheet: 0.02 },
  log: (line) => console.log(line),
};

export interface LoadReport {
  database: 'sqlite' | 'postgres';
  judges: number;
  chiefs: number;
  cells: number;
  setupMs: number;
  /** CPU time the API process used during the load (0 where /proc is missing). */
  apiCpuMs: number;
  client: Omit<LoadClientResult, 'accepted'> & { accepted: number };
  check: LoadCheck;
  /** The API process was still up and answered /health after the load. */
  healthy: boolean;
  /** Every figure as printed. */
  lines: string[];
}

/** CPU time (user + system) a process has used so far, from /proc (0 where there is none). */
function cpuMs(pid: number | undefined): number {
  if (pid === undefined) return 0;
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // clock ticks of 10 ms
  } catch {
    return 0;
  }
}

/** Runs the judges' clients (bench/load-client.ts) in their own process and waits for them. */
export function driveLoad(plan: LoadPlan): Promise<LoadClientResult> {
  const child = fork(join(__dirname, 'load-client.ts'), [], {
    execArgv: ['-r', 'ts-node/register/transpile-only'],
  });
  const timer = setTimeout(() => child.kill('SIGKILL'), (plan.seconds + 120) * 1000);
  return new Promise<LoadClientResult>((resolve, reject) => {
    child.on('message', (message: { ready?: true; result?: LoadClientResult; error?: string }) => {
      if (message.ready) child.send({ go: true });
      else if (message.result) resolve(message.result);
      else reject(new Error(`the judges' clients failed: ${message.error}`));
    });
    child.once('exit', (code, signal) => {
      if (code !== 0) reject(new Error(`the judges' clients exited with ${code ?? signal}`));
    });
    child.send({ plan });
  }).finally(() => clearTimeout(timer));
}

/**
 * Sets up, drives and checks the load against the API at `base` (…/api); the load starts once
 * `ready` (e.g. a worker process starting meanwhile) has settled too.
 */
export async function loadAgainst(
  base: string,
  options: LoadOptions,
  database: LoadReport['database'],
  { ready, apiPid }: { ready?: Promise<unknown>; apiPid?: number } = {},
): Promise<Omit<LoadReport, 'healthy'>> {
  const organizer = await new BenchApi(base).login(ADMIN.username, ADMIN.password);
  const setup = await timed(() => setUpLoad(organizer, options));
  await ready;
  const contests = setup.value;
  const cpuBefore = cpuMs(apiPid);
  const judges = contests.reduce((n, c) => n + c.judges.length, 0);
  const cells = judges * options.contestants * CRITERIA.length;
  const lines: string[] = [];
  const say = (line: string) => {
    lines.push(line);
    options.log(line);
  };
  say(
    `load on ${database}: ${judges} judges (${options.contests} contests × ` +
      `${options.judgesPerContest}) and ${contests.length} chief judges, ${options.contestants} ` +
      `contestants × ${CRITERIA.length} criteria per contest (${cells} cells); set up through the ` +
      `API in ${(setup.ms / 1000).toFixed(1)} s; ${options.seconds} s of load, think time ` +
      `${options.thinkMs} ms on average`,
  );
  const run = await driveLoad({
    origin: BenchApi.originOf(base),
    seconds: options.seconds,
    thinkMs: options.thinkMs,
    seed: options.seed,
    rates: options.rates,
    contests: contests.map(({ registrationIds: _ids, ...plan }) => plan),
  });
  const apiCpuMs = cpuMs(apiPid) - cpuBefore;
  const check = await checkLoad(organizer, contests, run.accepted, CHIEF_REASON);
  const seconds = run.ms / 1000;
  const races = run.races.tablets + run.races.chief;
  say(`duration: ${seconds.toFixed(1)} s`);
  say(
    `requests: ${run.requests} (${run.writeRequests} score saves, ${run.sheetReads} score-sheet ` +
      `reloads); throughput ${(run.requests / seconds).toFixed(0)} requests/s`,
  );
  say(
    `accepted writes: ${run.accepted.length} (${(run.accepted.length / seconds).toFixed(0)}/s) over ` +
      `${check.cellsWritten} cells`,
  );
  say(
    `conflicts: ${races} (${run.races.tablets} two-tablet, ${run.races.chief} chief-judge ` +
      `corrections); one winner: ${run.races.oneWinner}, both won: ${run.races.bothWon}, ` +
      `none won: ${run.races.noneWon}; and ${run.races.blind} two-tablet saves without versions: ` +
      `both applied in turn: ${run.races.bothApplied}`,
  );
  say(
    `409 STALE_SCORE: ${run.stale} (expected ${races}); the loser told the winner's value: ` +
      `${races - run.staleCurrentWrong} of ${races}`,
  );
  say(`5xx: ${run.status5xx}; other errors: ${run.unexpected}`);
  say(
    `latency: p50 ${run.latencies.p50} ms, p90 ${run.latencies.p90} ms, p99 ${run.latencies.p99} ms, ` +
      `max ${run.latencies.max} ms (${run.latencies.count} requests)`,
  );
  if (apiPid !== undefined)
    say(
      `the API process used ${(apiCpuMs / 1000).toFixed(1)} s of CPU: ` +
        `${(apiCpuMs / run.requests).toFixed(1)} ms per request; machine: ${cpus().length} CPUs, ` +
        `load average ${loadavg()[0].toFixed(1)} at the end`,
    );
  say(
    `lost updates: ${check.lostUpdates} (of ${run.accepted.length} accepted writes: ` +
      `${check.final} final, ${check.superseded} superseded in the audit log); unexplained ` +
      `changes: ${check.unexplained}; score-sheet reloads that disagreed: ${run.sheetMismatches}`,
  );
  say(
    `audit: ${check.auditEntries} entries in ${contests.length} chains, verified: ` +
      `${check.chainsOk} of ${contests.length} ok`,
  );
  for (const sample of [...run.unexpectedSamples, ...check.samples].slice(0, 10))
    say(`  ${JSON.stringify(sample)}`);
  const { accepted, ...rest } = run;
  return {
    database,
    judges,
    chiefs: contests.length,
    cells,
    setupMs: setup.ms,
    apiCpuMs,
    client: { ...rest, accepted: accepted.length },
    check,
    lines,
  };
}

/** Starts Redis (unless given), an API process and a job runner, runs the load, stops them. */
export async function runLoad(options: LoadOptions): Promise<LoadReport> {
  const redis = options.redisUrl ? null : new ThrowawayRedis(await freePort());
  await redis?.start();
  const env = clusterEnvironment(redis?.url ?? options.redisUrl!, {
    ...(options.databaseUrl ? { DATABASE_URL: options.databaseUrl } : {}),
    // Every judge signs in once from the same address.
    LOGIN_RATE_LIMIT: '100000',
    LOGIN_ADDRESS_RATE_LIMIT: '100000',
    // The organizer imports one roster per contest while setting up, faster than people upload.
    UPLOAD_RATE_LIMIT: '100000',
  });
  const processes: ProductProcess[] = [];
  try {
    const api = await ProductProcess.api(env);
    processes.push(api);
    // The worker starts while the competition is set up (it idles during score entry, as
    // workers do between jobs, and shares the database file with the API).
    const worker = ProductProcess.jobRunner(env).then((w) => processes.push(w));
    worker.catch(() => undefined); // awaited (and reported) by loadAgainst, after the set-up
    const report = await loadAgainst(
      `${api.url}/api`,
      options,
      options.databaseUrl ? 'postgres' : 'sqlite',
      { ready: worker, apiPid: api.child.pid },
    ).catch((error: Error) => {
      const logs = processes.map(
        (p) => `${p.kind} (running: ${p.running}):\n${p.log.slice(-4000)}`,
      );
      error.message += `\n${logs.join('\n')}`;
      throw error;
    });
    const health = await fetch(`${api.url}/health`).then(
      (r) => r.status,
      () => 0,
    );
    const healthy = api.running && health === 200;
    if (!healthy) options.log(`the API is not healthy after the load (${health}):\n${api.log}`);
    else if (report.client.status5xx > 0)
      options.log(`the API's log after the load:\n${api.log.slice(-5000)}`);
    return { ...report, healthy };
  } finally {
    for (const p of processes.reverse()) await p.stop();
    await redis?.stop();
    rmSync(env.DATA_DIR, { recursive: true, force: true });
  }
}

/** Everything the run must show; an empty list is a pass. */
export function loadFailures(report: LoadReport): string[] {
  const { client, check } = report;
  const races = client.races.tablets + client.races.chief;
  return [
    client.status5xx > 0 && `${client.status5xx} answers were 5xx`,
    client.unexpected > 0 && `${client.unexpected} requests had an unexpected answer`,
    client.stale !== races && `${client.stale} answers were 409 STALE_SCORE, ${races} expected`,
    client.races.oneWinner !== races &&
      `${races - client.races.oneWinner} races had no single winner`,
    client.races.bothApplied !== client.races.blind &&
      `${client.races.blind - client.races.bothApplied} unversioned pairs were not both applied`,
    client.staleCurrentWrong > 0 &&
      `${client.staleCurrentWrong} losers were not told the winner's value`,
    client.sheetMismatches > 0 && `${client.sheetMismatches} score-sheet cells disagreed`,
    check.lostUpdates > 0 && `${check.lostUpdates} lost updates`,
    check.unexplained > 0 && `${check.unexplained} unexplained changes`,
    check.chainsOk !== report.chiefs && 'an audit chain does not verify',
    !report.healthy && 'the API is not healthy after the load',
  ].filter((f): f is string => typeof f === 'string');
}

function flag(name: string): number | undefined {
  const raw = process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0) throw new Error(`--${name} must be a number`);
  return value;
}

async function main(): Promise<void> {
  const options: LoadOptions = {
    ...DEFAULT_LOAD,
    seconds: flag('seconds') ?? DEFAULT_LOAD.seconds,
    contests: flag('contests') ?? DEFAULT_LOAD.contests,
    judgesPerContest: flag('judges') ?? DEFAULT_LOAD.judgesPerContest,
    contestants: flag('contestants') ?? DEFAULT_LOAD.contestants,
    thinkMs: flag('think-ms') ?? DEFAULT_LOAD.thinkMs,
    seed: flag('seed') ?? DEFAULT_LOAD.seed,
    databaseUrl: process.env.DATABASE_URL || undefined,
    redisUrl: process.env.REDIS_URL || undefined,
  };
  const report = await runLoad(options);
  const failures = loadFailures(report);
  console.log(failures.length === 0 ? 'PASS' : `FAIL:\n  ${failures.join('\n  ')}`);
  process.exitCode = failures.length === 0 ? 0 : 1;
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
