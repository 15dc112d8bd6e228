import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { RuleIssue } from '../common/errors/domain-error';
import type { Principal } from '../common/auth/principal';
import { ContestErrors } from '../contests/contests.errors';
import type { Contest } from '../contests/contest.entity';
import { ContestsRepository } from '../contests/contests.repository';
import { UnitOfWork } from '../database/unit-of-work';
import { ResultsRepository } from '../results/results.repository';
import type { ResultRow } from '../results/results.entities';
import { rational, type Rational } from '../results/rules/rational';
import type { AdvancementVersion } from './rounds.entities';
import { RoundErrors } from './rounds.errors';
import { RoundsRepository } from './rounds.repository';
import {
  computeAdvancement,
  diffAdvancement,
  validateAdvancementRule,
  type AdvancementList,
  type AdvancementRule,
  type FeederResults,
  type FeederRow,
} from './rules';

/** The unit's name is kept with each entry, as the feeder published it. */
export type StoredEntry = AdvancementVersion['entries'][number] & { unitName?: string };

/** What a computation of a contest's list reads before its transaction (RoundsService.inputsOf). */
export interface ComputationInputs {
  contestId: number;
  rule: AdvancementRule;
  feeders: FeederResults[];
  unitNames: Map<number, string>;
}

/** "/1/4/9/" → ids [1, 4, 9]. */
const pathIds = (path: string): number[] => path.split('/').filter(Boolean).map(Number);

/** A criterion's points as the run wrote them: "17/3" or "5". */
function parseRational(text: string): Rational | null {
  const match = /^(-?\d+)(?:\/(\d+))?$/.exec(text);
  return match ? rational(BigInt(match[1]), BigInt(match[2] ?? '1')) : null;
}

/**
 * A round's feeders and rule, and its advancement list (晋级名单) computed from the feeders'
 * published result runs by the pure rules (./rules). Computing never touches registrations; a
 * new version is kept only when the list changed.
 */
@Injectable()
export class RoundsService {
  constructor(
    private readonly rounds: RoundsRepository,
    private readonly results: ResultsRepository,
    private readonly contests: ContestsRepository,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  private async contest(id: number): Promise<Contest> {
    const [contest] = await this.rounds.contests([id]);
    if (!contest) throw ContestErrors.notFound(id);
    return contest;
  }

  private async unitAncestors(): Promise<Map<number, number[]>> {
    const units = await this.rounds.units();
    return new Map(
      units.map((u) => [
        u.id,
        pathIds(u.path)
          .filter((id) => id !== u.id)
          .reverse(),
      ]),
    );
  }

  async setFeeders(
    contestId: number,
    feederContestIds: number[],
    rule: unknown,
  ): Promise<{ feederContestIds: number[]; rule: AdvancementRule }> {
    const contest = await this.contest(contestId);
    const feeders = new Map((await this.rounds.contests(feederContestIds)).map((c) => [c.id, c]));
    const issues: RuleIssue[] = [];
    const issue = (path: string, message: string) =>
      issues.push({ code: 'FEEDERS_INVALID', path, message });
    if (feederContestIds.length === 0)
      issue('feederContestIds', 'Name at least one feeder contest.');
    const seen = new Set<number>();
    feederContestIds.forEach((id, i) => {
      const path = `feederContestIds[${i}]`;
      const feeder = feeders.get(id);
      if (seen.has(id)) issue(path, `Contest ${id} is named twice.`);
      else if (id === contestId) issue(path, 'A contest cannot feed itself.');
      else if (!feeder) issue(path, `Contest ${id} does not exist.`);
      else if (feeder.competitionId !== contest.competitionId) {
        issue(path, `Contest ${id} belongs to another competition.`);
      } else if (feeder.tradeId !== contest.tradeId) {
        issue(path, `Contest ${id} is of another trade.`);
      } else if (feeder.round >= contest.round) {
        issue(
          path,
          `Contest ${id} is round ${feeder.round}; a feeder must come before round ${contest.round}.`,
        );
      }
      seen.add(id);
    });
    if (issues.length > 0) throw RoundErrors.feedersInvalid(issues);
    const ruleIssues = validateAdvancementRule(rule, {
      unitAncestors: await this.unitAncestors(),
      now: new Date(),
    });
    if (ruleIssues.length > 0) throw RoundErrors.ruleInvalid(ruleIssues);
    const valid = rule as AdvancementRule;
    await this.unitOfWork.run(async (manager) => {
      await this.contests.lock(manager, contestId);
      await this.rounds.setFeeders(manager, contestId, feederContestIds, { ...valid });
    });
    return { feederContestIds, rule: valid };
  }

  /** The saved feeders and rule, as PUT answered them; none yet: no feeders and a null rule. */
  async feeders(
    contestId: number,
  ): Promise<{ feederContestIds: number[]; rule: AdvancementRule | null }> {
    const contest = await this.contest(contestId);
    return {
      feederContestIds: await this.rounds.feederIds(contestId),
      rule: (contest.advancementRule as unknown as AdvancementRule | null) ?? null,
    };
  }

  /** Reads every feeder's published run; refuses while any is unpublished. */
  private async feederResults(feederIds: number[]): Promise<{
    feeders: FeederResults[];
    unitNames: Map<number, string>;
  }> {
    const contests = new Map((await this.rounds.contests(feederIds)).map((c) => [c.id, c]));
    const unpublished = feederIds.filter((id) => {
      const c = contests.get(id);
      return !c || c.publishedRunId === null || (c.status !== 'PUBLISHED' && c.status !== 'FINAL');
    });
    if (unpublished.length > 0) throw RoundErrors.feederNotPublished(unpublished);
    const ancestors = await this.unitAncestors();
    const unitNames = new Map<number, string>();
    const feeders: FeederResults[] = [];
    for (const id of feederIds) {
      const contest = contests.get(id) as Contest;
      const rows = await this.results.rows(contest.publishedRunId as number);
      const workers = new Map(
        (await this.results.entrants(id)).map((e) => [e.registrationId, e.workerId]),
      );
      feeders.push({
        contestId: id,
        status: contest.status as FeederResults['status'],
        tieBreak: contest.tieBreak,
        rows: rows.map((row) => {
          unitNames.set(row.unitId, row.unitName);
          return this.feederRow(row, workers.get(row.registrationId) ?? 0, ancestors);
        }),
      });
    }
    return { feeders, unitNames };
  }

  private feederRow(row: ResultRow, workerId: number, ancestors: Map<number, number[]>): FeederRow {
    const criterionPoints: Record<string, Rational> = {};
    for (const [key, text] of Object.entries(row.parts.criteria)) {
      const value = parseRational(text);
      if (value) criterionPoints[key] = value;
    }
    return {
      registrationId: row.registrationId,
      workerId,
      name: row.name,
      unitId: row.unitId,
      unitAncestorIds: ancestors.get(row.unitId) ?? [],
      totalCenti: row.totalCenti,
      rank: row.rank,
      partScaledCenti: Object.fromEntries(row.parts.parts.map((p) => [p.key, p.scaledCenti])),
      criterionPoints,
      timeSeconds: row.timeSeconds,
      guest: row.guest,
      absent: row.attendance === 'ABSENT',
      disqualified: row.attendance === 'DISQUALIFIED',
      allPartsPassed: row.parts.parts.every((p) => p.passed !== false),
    };
  }

  /**
   * What a computation reads before its transaction: the contest's rule and its feeders' published
   * runs. Refuses an unconfigured contest and unpublished feeders.
   */
  async inputsOf(contestId: number): Promise<ComputationInputs> {
    const contest = await this.contest(contestId);
    const feederIds = await this.rounds.feederIds(contestId);
    if (contest.advancementRule === null || feederIds.length === 0) {
      throw RoundErrors.notConfigured(contestId);
    }
    const { feeders, unitNames } = await this.feederResults(feederIds);
    return {
      contestId,
      rule: contest.advancementRule as unknown as AdvancementRule,
      feeders,
      unitNames,
    };
  }

  /**
   * Inside the caller's transaction, which holds the contest's row: the list from the inputs and
   * every decline and confirmation stored so far, kept as a new version only when it differs from
   * the latest (the latest is answered otherwise).
   */
  async keepVersion(
    manager: EntityManager,
    inputs: ComputationInputs,
    user: Principal,
  ): Promise<AdvancementVersion> {
    const { contestId, unitNames } = inputs;
    const responses = await this.rounds.responses(manager, contestId);
    const list = computeAdvancement({
      feeders: inputs.feeders,
      rule: inputs.rule,
      declines: responses
        .filter((r) => r.kind === 'DECLINE')
        .map((r) => ({ registrationId: r.registrationId, reason: r.reason ?? '', at: r.at })),
      confirmations: responses
        .filter((r) => r.kind === 'CONFIRM')
        .map((r) => ({ registrationId: r.registrationId, at: r.at })),
      now: new Date(),
    });
    const next: AdvancementList = {
      provisional: list.provisional,
      entries: list.entries.map((e): StoredEntry => ({
        ...e,
        unitName: unitNames.get(e.unitId) ?? '',
      })),
    };
    const latest = await this.rounds.latest(contestId, manager);
    const diff = diffAdvancement(
      latest ? { provisional: latest.provisional, entries: latest.entries } : null,
      next,
    );
    if (latest && !diff.changed) return latest;
    return this.rounds.insertVersion(manager, {
      contestId,
      version: (latest?.version ?? 0) + 1,
      provisional: next.provisional,
      entries: next.entries,
      changes: diff.changes,
      createdAt: new Date(),
      createdBy: user.userId,
    });
  }

  /** Computes the list; keeps a new version only when it differs from the latest. */
  async compute(contestId: number, user: Principal): Promise<AdvancementVersion> {
    const inputs = await this.inputsOf(contestId);
    return this.unitOfWork.run(async (manager) => {
      // One computation of a contest at a time (PostgreSQL), so two never number the same version.
      await this.contests.lock(manager, contestId);
      return this.keepVersion(manager, inputs, user);
    });
  }

  async latest(contestId: number): Promise<AdvancementVersion> {
    await this.contest(contestId);
    const latest = await this.rounds.latest(contestId);
    if (!latest) throw RoundErrors.notFound(contestId);
    return latest;
  }

  /**
   * The public's view: the same list with its feeders named (trade, round, host unit), and the
   * same 404 whether the contest or the list is missing.
   */
  async publicLatest(contestId: number): Promise<{
    version: AdvancementVersion;
    feeders: Awaited<ReturnType<RoundsRepository['feederLabels']>>;
  }> {
    const latest = await this.rounds.latest(contestId);
    if (!latest) throw RoundErrors.notFound(contestId);
    // The saved feeders, then any the list still names (feeders changed since it was computed).
    const ids = [
      ...new Set([
        ...(await this.rounds.feederIds(contestId)),
        ...latest.entries.map((e) => e.feederContestId),
      ]),
    ];
    return { version: latest, feeders: await this.rounds.feederLabels(ids) };
  }
}
