/**
 * The judges of the load test (bench/load.ts), in their own process, as bench/judge-client.ts is
 * for the benchmark: 200 judges' JSON and HTTP work must not share the API's two cores' worth of
 * event loop with the figures it measures. Forked by bench/load.ts; receives the plan, waits for
 * 'go', runs every judge's loop until the time is up and answers with every accepted write, the
 * outcome of every deliberate conflict and the latency of every request.
 *
 * Each judge is the only writer of their own cells (one contestant × one criterion × that judge),
 * apart from the conflicts this loop starts itself, so the judge always knows what a cell holds
 * and every write sends a value different from it: every accepted write is a real change and
 * takes the next version. That is what lets bench/load.ts account for each one afterwards.
 */
import type { EntryIssue } from '../web/src/api/error-details';
import { apiClient, percentile, type Schemas } from './api';
import { seeded } from './roster';
import { serveAsChild } from './child-plan';

export interface LoadCriterion {
  key: string;
  kind: Schemas['CriterionDto']['kind'];
  maxCenti: number;
}

export interface LoadPlan {
  /** The API's origin, e.g. http://127.0.0.1:3000 */
  origin: string;
  seconds: number;
  /** Mean pause of a judge between two actions (uniform over 0 … 2 × thinkMs). */
  thinkMs: number;
  seed: number;
  /** Share of a judge's actions that are each kind of conflict, an unversioned write, a reload. */
  rates: { tablets: number; chief: number; blind: number; unversioned: number; sheet: number };
  contests: Array<{
    contestId: number;
    codes: string[];
    criteria: LoadCriterion[];
    judges: Array<{ userId: number; token: string }>;
    chief: { userId: number; token: string };
  }>;
}

/** An accepted write: [contestId, judgeId (the cell's), code, criterionKey, valueCenti, version, actorId]. */
export type AcceptedWrite = [number, number, string, string, number, number, number];

export interface Unexpected {
  what: string;
  status: number;
  body: string;
}

export interface LoadClientResult {
  ms: number;
  requests: number;
  writeRequests: number;
  sheetReads: number;
  accepted: AcceptedWrite[];
  /** Deliberate conflicts: two tablets of one judge; a chief judge's correction against the judge. */
  races: {
    tablets: number;
    chief: number;
    /** Of those two kinds (with versions): exactly one write won; both; neither. */
    oneWinner: number;
    bothWon: number;
    noneWon: number;
    /** Two tablets saving without versions: both applied one after the other, or not. */
    blind: number;
    bothApplied: number;
    notBothApplied: number;
  };
  /** 409 STALE_SCORE answers, all of which should be the losers of the races. */
  stale: number;
  /** A loser's `current` (the score as it then stood) that was not the winner's write. */
  staleCurrentWrong: number;
  status5xx: number;
  /** Anything else the API should not have answered (and network failures). */
  unexpected: number;
  unexpectedSamples: Unexpected[];
  /** Score-sheet reloads that showed a cell other than the judge's last accepted write. */
  sheetMismatches: number;
  latencies: { count: number; p50: number; p90: number; p99: number; max: number };
}

export const CHIEF_REASON = '裁判长复核更正 (load test)';

/** An exchange's outcome: the answer as the document types it (2xx), or whatever came back. */
interface Answer<D> {
  status: number;
  data?: D;
  /** The body as received (parsed JSON, else text; null if empty), or the network failure. */
  body: unknown;
  ms: number;
}

interface Cell {
  code: string;
  criterion: LoadCriterion;
  centi: number | null;
  version: number;
}

class Tally {
  requests = 0;
  writeRequests = 0;
  sheetReads = 0;
  accepted: AcceptedWrite[] = [];
  races = {
    tablets: 0,
    chief: 0,
    oneWinner: 0,
    bothWon: 0,
    noneWon: 0,
    blind: 0,
    bothApplied: 0,
    notBothApplied: 0,
  };
  stale = 0;
  staleCurrentWrong = 0;
  status5xx = 0;
  unexpected = 0;
  unexpectedSamples: Unexpected[] = [];
  sheetMismatches = 0;
  latencies: number[] = [];

  wrong(what: string, answer: { status: number; body: unknown }): void {
    this.unexpected++;
    if (this.unexpectedSamples.length < 20)
      this.unexpectedSamples.push({
        what,
        status: answer.status,
        body: JSON.stringify(answer.body).slice(0, 500),
      });
  }
}

const formatPoints = (centi: number, kind: LoadCriterion['kind']) =>
  kind === 'JUDGEMENT' ? String(centi / 100) : (centi / 100).toFixed(2);

/**
 * One HTTP exchange through the typed client; a network failure is status 0 (never thrown).
 * `request` is the client's call, e.g. `() => client.PUT('/api/contests/{id}/scores', …)`.
 */
async function send<D>(
  tally: Tally,
  request: () => Promise<{ data?: D; error?: unknown; response: Response }>,
): Promise<Answer<D>> {
  const started = performance.now();
  tally.requests++;
  try {
    const { data, error, response } = await request();
    const ms = performance.now() - started;
    tally.latencies.push(ms);
    if (response.status >= 500) tally.status5xx++;
    return { status: response.status, data, body: data ?? error ?? null, ms };
  } catch (error) {
    tally.latencies.push(performance.now() - started);
    return { status: 0, body: String(error), ms: performance.now() - started };
  }
}

/**
 * A 409 STALE_SCORE's refused entries, each with the score as it stands now; null for any other
 * answer. The document does not describe errors' details: their shapes are written out once, in
 * web/src/api/error-details.ts.
 */
function staleIssues(answer: Answer<unknown>): EntryIssue[] | null {
  const body = answer.body as Partial<Schemas['ErrorResponse']> | null;
  if (answer.status !== 409 || body?.code !== 'STALE_SCORE') return null;
  return (body.details?.issues as EntryIssue[] | undefined) ?? [];
}

/** One judge's session: saves, reloads and, now and then, a conflict; until the deadline. */
async function judgeLoop(
  plan: LoadPlan,
  contest: LoadPlan['contests'][number],
  judge: { userId: number; token: string },
  random: () => number,
  deadline: number,
  tally: Tally,
): Promise<void> {
  const cells = new Map<string, Cell>();
  for (const code of contest.codes)
    for (const criterion of contest.criteria)
      cells.set(`${code}|${criterion.key}`, { code, criterion, centi: null, version: 0 });
  const all = [...cells.values()];
  const contestPath = { params: { path: { id: contest.contestId } } };
  const judgeClient = apiClient(plan.origin, judge.token);
  const chiefClient = apiClient(plan.origin, contest.chief.token);
  type Saved = Answer<Schemas['ScoresSavedResponse']>;
  const save = (client: typeof judgeClient, body: Schemas['SubmitScoresDto']) =>
    send(tally, () =>
      client.PUT('/api/contests/{id}/scores', {
        params: { path: { id: contest.contestId } },
        body,
      }),
    );
  const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)];
  /** A value the cell does not hold now, so that an accepted write always changes it. */
  const newValue = (cell: Cell): number => {
    for (;;) {
      const { kind, maxCenti } = cell.criterion;
      const centi =
        kind === 'JUDGEMENT'
          ? 100 * Math.floor(random() * 4)
          : Math.floor(random() * (maxCenti + 1));
      if (centi !== cell.centi) return centi;
    }
  };
  const entry = (cell: Cell, centi: number, versioned = true): Schemas['ScoreEntryDto'] => ({
    code: cell.code,
    criterionKey: cell.criterion.key,
    points: formatPoints(centi, cell.criterion.kind),
    ...(versioned ? { version: cell.version } : {}),
  });
  /**
   * Records a 200's entries, checking each is the value sent at a new version; answers the
   * versions given (null when the answer is not a 200).
   */
  const accept = (
    what: string,
    answer: Saved,
    sent: Array<{ cell: Cell; centi: number }>,
    actorId: number,
  ): number[] | null => {
    const saved = answer.data?.entries;
    if (answer.status !== 200 || !saved || saved.length !== sent.length) {
      tally.wrong(what, answer);
      return null;
    }
    return sent.map(({ cell, centi }, i) => {
      const s = saved[i];
      const fine =
        s.code === cell.code &&
        s.criterionKey === cell.criterion.key &&
        s.judgeId === judge.userId &&
        s.points === formatPoints(centi, cell.criterion.kind) &&
        s.outcome !== 'unchanged' &&
        s.version > cell.version;
      if (!fine) tally.wrong(`${what}: entry ${i} not saved as sent`, answer);
      cell.centi = centi;
      cell.version = s.version;
      tally.accepted.push([
        contest.contestId,
        judge.userId,
        cell.code,
        cell.criterion.key,
        centi,
        s.version,
        actorId,
      ]);
      return s.version;
    });
  };
  /**
   * Two writes of one cell at once, from the same read: with its version (two tablets of the
   * judge, or the judge and the chief judge correcting with a reason) exactly one may win and the
   * other gets 409 STALE_SCORE; without a version ('blind': two tablets that send none) both are
   * applied, one after the other, each at its own version.
   */
  const race = async (kind: 'tablets' | 'chief' | 'blind', cell: Cell) => {
    tally.races[kind]++;
    const first = newValue(cell);
    let second = newValue(cell);
    while (second === first && (kind === 'blind' || cell.criterion.kind === 'MEASUREMENT'))
      second = newValue(cell);
    const versioned = kind !== 'blind';
    const other =
      kind === 'chief'
        ? {
            client: chiefClient,
            actor: contest.chief.userId,
            body: {
              entries: [{ ...entry(cell, second), judgeId: judge.userId }],
              reason: CHIEF_REASON,
            },
          }
        : {
            client: judgeClient,
            actor: judge.userId,
            body: { entries: [entry(cell, second, versioned)] },
          };
    tally.writeRequests += 2;
    const [a, b] = await Promise.all([
      save(judgeClient, { entries: [entry(cell, first, versioned)] }),
      save(other.client, other.body),
    ]);
    const writes = [
      { answer: a, centi: first, actor: judge.userId, stale: staleIssues(a) },
      { answer: b, centi: second, actor: other.actor, stale: staleIssues(b) },
    ];
    const read = { centi: cell.centi, version: cell.version };
    const won: Array<{ centi: number; version: number }> = [];
    for (const w of writes) {
      if (w.stale) tally.stale++;
      if (w.answer.status !== 200) {
        if (!w.stale || !versioned) tally.wrong(`${kind} race`, w.answer);
        continue;
      }
      Object.assign(cell, read); // each write was based on the version both read
      const versions = accept(`${kind} race`, w.answer, [{ cell, centi: w.centi }], w.actor);
      if (versions) won.push({ centi: w.centi, version: versions[0] });
    }
    Object.assign(cell, read);
    won.sort((x, y) => y.version - x.version);
    const last = won[0];
    if (last) Object.assign(cell, last);
    if (!versioned) {
      const applied =
        won.length === 2 &&
        won[1].version === read.version + 1 &&
        last.version === read.version + 2;
      tally.races[applied ? 'bothApplied' : 'notBothApplied']++;
      return;
    }
    tally.races[won.length === 1 ? 'oneWinner' : won.length === 0 ? 'noneWon' : 'bothWon']++;
    // The loser is told what the score now is: the winner's write.
    const loser = writes.find((w) => w.stale);
    if (won.length === 1 && loser) {
      const current = loser.stale?.[0]?.current;
      if (
        current?.points !== formatPoints(last.centi, cell.criterion.kind) ||
        current?.version !== last.version
      )
        tally.staleCurrentWrong++;
    }
  };

  while (Date.now() < deadline) {
    if (plan.thinkMs > 0) await new Promise((r) => setTimeout(r, random() * 2 * plan.thinkMs));
    if (Date.now() >= deadline) break;
    const roll = random();
    const { tablets, chief, blind, sheet, unversioned } = plan.rates;
    if (roll < tablets) {
      await race('tablets', pick(all));
    } else if (roll < tablets + chief && all.some((c) => c.centi !== null)) {
      await race('chief', pick(all.filter((c) => c.centi !== null)));
    } else if (roll < tablets + chief + blind) {
      await race('blind', pick(all));
    } else if (roll < tablets + chief + blind + sheet) {
      tally.sheetReads++;
      const answer = await send(tally, () =>
        judgeClient.GET('/api/contests/{id}/score-sheet', contestPath),
      );
      const rows = answer.data?.rows;
      if (answer.status !== 200 || !rows) {
        tally.wrong('score sheet', answer);
        continue;
      }
      for (const row of rows)
        for (const [key, score] of Object.entries(row.scores)) {
          const cell = cells.get(`${row.code}|${key}`);
          const shown =
            cell && cell.centi !== null ? formatPoints(cell.centi, cell.criterion.kind) : null;
          if (!cell || (score?.points ?? null) !== shown || (score?.version ?? 0) !== cell.version)
            tally.sheetMismatches++;
        }
    } else {
      // A contestant's row, or part of it, as a judge saves it from the sheet.
      const code = pick(contest.codes);
      const row = contest.criteria
        .filter(() => random() < 0.6)
        .map((c) => cells.get(`${code}|${c.key}`)!);
      if (row.length === 0) row.push(cells.get(`${code}|${pick(contest.criteria).key}`)!);
      const versioned = random() >= unversioned;
      const sent = row.map((cell) => ({ cell, centi: newValue(cell) }));
      tally.writeRequests++;
      const answer = await save(judgeClient, {
        entries: sent.map(({ cell, centi }) => entry(cell, centi, versioned)),
      });
      if (staleIssues(answer)) tally.stale++;
      accept(versioned ? 'a save' : 'an unversioned save', answer, sent, judge.userId);
    }
  }
}

async function run(plan: LoadPlan): Promise<LoadClientResult> {
  const tally = new Tally();
  const started = performance.now();
  const deadline = Date.now() + plan.seconds * 1000;
  let n = 0;
  await Promise.all(
    plan.contests.flatMap((contest) =>
      contest.judges.map((judge) =>
        judgeLoop(plan, contest, judge, seeded(plan.seed + n++), deadline, tally),
      ),
    ),
  );
  const ms = performance.now() - started;
  const sorted = Float64Array.from(tally.latencies).sort();
  const at = (p: number) => Math.round(percentile(Array.from(sorted), p) * 10) / 10;
  return {
    ms,
    requests: tally.requests,
    writeRequests: tally.writeRequests,
    sheetReads: tally.sheetReads,
    accepted: tally.accepted,
    races: tally.races,
    stale: tally.stale,
    staleCurrentWrong: tally.staleCurrentWrong,
    status5xx: tally.status5xx,
    unexpected: tally.unexpected,
    unexpectedSamples: tally.unexpectedSamples,
    sheetMismatches: tally.sheetMismatches,
    latencies: {
      count: sorted.length,
      p50: at(50),
      p90: at(90),
      p99: at(99),
      max: Math.round((sorted[sorted.length - 1] ?? 0) * 10) / 10,
    },
  };
}

serveAsChild(run);
