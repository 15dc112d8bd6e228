import type { ScoringContest, Session } from './fault-kit';

export interface AckedWrite {
  points: string;
  version: number;
  /** Date.now() when the 200 answer arrived. */
  ackedAt: number;
}

interface PhaseCount {
  requests: number;
  accepted: number;
  refused: number;
}

/**
 * Judges saving scores in a loop, each with their own sheet (batches of `batch` contestants, the
 * criteria in turn, new points every time), keeping every accepted write, so that a test can
 * check afterwards that each one is in the final state (or superseded by a later one).
 */
export class ScoreWriters {
  /** Per `judge|code|criterion`, every accepted write in order. */
  readonly acked = new Map<string, AckedWrite[]>();
  readonly failures: string[] = [];
  private readonly phases = new Map<string, PhaseCount>();
  private running = false;
  private loops: Promise<void>[] = [];
  private counter = 0;
  phase = 'before';

  constructor(
    private readonly contest: ScoringContest,
    private readonly criteria: Array<{ key: string; maxPoints: number }>,
    private readonly batch = 5,
    /** Between a judge's requests (judges' clients, not a benchmark: leave the CPU to the API). */
    private readonly pauseMs = 10,
  ) {}

  start(): void {
    this.running = true;
    this.loops = this.contest.judges.map((judge, j) => this.loop(judge, j));
  }

  async stop(): Promise<void> {
    this.running = false;
    await Promise.all(this.loops);
  }

  count(phase: string): PhaseCount {
    return this.phases.get(phase) ?? { requests: 0, accepted: 0, refused: 0 };
  }

  get totals(): PhaseCount {
    const all = { requests: 0, accepted: 0, refused: 0 };
    for (const c of this.phases.values()) {
      all.requests += c.requests;
      all.accepted += c.accepted;
      all.refused += c.refused;
    }
    return all;
  }

  /** Accepted score writes (entries, not requests) in all. */
  get acceptedWrites(): number {
    let n = 0;
    for (const list of this.acked.values()) n += list.length;
    return n;
  }

  private async loop(judge: Session, j: number): Promise<void> {
    const people = this.contest.contestants;
    let cursor = j * 7;
    while (this.running) {
      await new Promise((r) => setTimeout(r, this.pauseMs));
      const n = ++this.counter;
      const entries = Array.from({ length: Math.min(this.batch, people.length) }, (_, k) => {
        const criterion = this.criteria[(n + k) % this.criteria.length];
        const centi = (n * 3701 + k * 1103 + j * 17) % (criterion.maxPoints * 100 + 1);
        return {
          code: people[cursor++ % people.length].code,
          criterionKey: criterion.key,
          points: (centi / 100).toFixed(2),
        };
      });
      const phase = this.phase;
      const counts = this.phases.get(phase) ?? { requests: 0, accepted: 0, refused: 0 };
      this.phases.set(phase, counts);
      counts.requests++;
      try {
        const res = await judge.request<{
          entries: Array<{ code: string; criterionKey: string; points: string; version: number }>;
        }>('PUT', `/api/contests/${this.contest.contestId}/scores`, { entries });
        if (res.status !== 200) {
          counts.refused++;
          this.failures.push(`${phase}: ${res.status} ${JSON.stringify(res.body).slice(0, 200)}`);
          continue;
        }
        counts.accepted++;
        const ackedAt = Date.now();
        for (const saved of res.body.entries) {
          const key = `${j}|${saved.code}|${saved.criterionKey}`;
          const list = this.acked.get(key) ?? [];
          list.push({ points: saved.points, version: saved.version, ackedAt });
          this.acked.set(key, list);
        }
      } catch (error) {
        counts.refused++;
        this.failures.push(`${phase}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  }

  /** A judge's score sheet as the API answers it now. */
  private sheetOf(judge: Session) {
    return judge.ok<{
      rows: Array<{
        code: string;
        scores: Record<string, { points: string; version: number } | null>;
      }>;
    }>('GET', `/api/contests/${this.contest.contestId}/score-sheet`);
  }

  /**
   * Compares every judge's score sheet with the last accepted write of each score: the points and
   * version must be exactly those. Returns what is missing or different (lost writes).
   */
  async lostWrites(judges: Session[] = this.contest.judges): Promise<string[]> {
    const lost: string[] = [];
    for (const [j, judge] of judges.entries()) {
      const sheet = await this.sheetOf(judge);
      const stored = new Map<string, { points: string; version: number } | null>();
      for (const row of sheet.rows)
        for (const [criterion, score] of Object.entries(row.scores))
          stored.set(`${j}|${row.code}|${criterion}`, score);
      for (const [key, writes] of this.acked) {
        if (!key.startsWith(`${j}|`)) continue;
        const last = writes[writes.length - 1];
        const now = stored.get(key);
        if (!now || now.points !== last.points || now.version !== last.version)
          lost.push(
            `${key}: accepted ${last.points} v${last.version}, stored ${JSON.stringify(now)}`,
          );
      }
    }
    return lost;
  }

  /**
   * After a backup taken between `backupStarted` and `backupEnded` was restored: every score on the
   * judges' sheets must be the points of an accepted write with that version (`foreign` lists any
   * that is not), none older than the last write acknowledged before the backup began (`older`:
   * lost). `rolledBack` counts scores whose later writes the restore undid, as it should.
   */
  async afterRestore(
    judges: Session[],
    backupStarted: number,
    backupEnded: number,
  ): Promise<{ checked: number; older: number; rolledBack: number; foreign: string[] }> {
    const found = { checked: 0, older: 0, rolledBack: 0, foreign: [] as string[] };
    for (const [j, judge] of judges.entries()) {
      const sheet = await this.sheetOf(judge);
      for (const row of sheet.rows) {
        for (const [criterion, score] of Object.entries(row.scores)) {
          const key = `${j}|${row.code}|${criterion}`;
          const writes = this.acked.get(key) ?? [];
          if (writes.length === 0) continue;
          found.checked++;
          const before = writes.filter((w) => w.ackedAt < backupStarted);
          const floor = before.length ? before[before.length - 1].version : 0;
          if ((score?.version ?? 0) < floor) found.older++;
          const saved = score && writes.find((w) => w.version === score.version);
          if (score && saved?.points !== score.points) {
            found.foreign.push(`${key}: ${score.points} v${score.version} was never saved`);
          }
          const last = writes[writes.length - 1];
          if (last.ackedAt > backupEnded && (score?.version ?? 0) < last.version) {
            found.rolledBack++;
          }
        }
      }
    }
    return found;
  }
}
