import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { Principal } from '../common/auth/current-user.decorator';
import { ContestErrors } from '../contests/contests.errors';
import { ContestsRepository } from '../contests/contests.repository';
import { UnitOfWork } from '../database/unit-of-work';
import { AuditEvent, AuditService } from './audit.service';
import { FieldEntry, JudgesRepository } from './judges.repository';
import { CriterionInfo, JudgingContext, JudgingScene } from './judging-context';
import { JudgingErrors } from './judging.errors';
import {
  assessGroup,
  canConfirm,
  countedScores,
  GroupInput,
  GroupState,
} from './rules/score-groups';
import { formatScore } from './rules/score-points';
import { ScoreRow, ScoresRepository } from './scores.repository';

/** Lists in a status answer stop here; the counts are always whole. */
export const STATUS_LIST_LIMIT = 500;

export interface ScoreStatus {
  contestId: number;
  contestants: number;
  groups: number;
  confirmed: number;
  ready: number;
  missing: {
    count: number;
    items: Array<{ code: string; criterionKey: string; missingJudges: number[] }>;
  };
  flagged: {
    count: number;
    items: Array<
      { code: string; criterionKey: string } & Omit<
        Extract<GroupState, { state: 'FLAGGED' }>,
        'state'
      >
    >;
  };
}

export interface ConfirmReport {
  /** Groups (contestant × criterion) confirmed now, and the scores in them. */
  confirmed: number;
  scores: number;
  alreadyConfirmed: number;
  /** Ready groups this chief judge may not confirm because they entered one of the scores. */
  ownScores: Array<{ code: string; criterionKey: string }>;
  missing: number;
  flagged: number;
}

/** POST …/scores/close: the contest has moved on to REVIEW. */
export interface CloseReport {
  contestId: number;
  status: 'REVIEW';
  groups: number;
  confirmed: number;
}

/** One contestant on one criterion, judge by judge (GET …/scores/group): what a chief corrects. */
export interface ScoreGroupView {
  code: string;
  criterionKey: string;
  attendance: FieldEntry['attendance'];
  /** As the status answer words it; null for an absent or disqualified contestant. */
  state: GroupState | null;
  /** The required judges first (assigned, not in conflict), then any others who scored. */
  judges: Array<{
    judgeId: number;
    required: boolean;
    score: { points: string; version: number; confirmed: boolean } | null;
  }>;
}

interface Group {
  entry: FieldEntry;
  criterion: CriterionInfo;
  input: GroupInput;
  rows: ScoreRow[];
  state: GroupState;
}

/** What is missing, flagged and ready (GET …/scores/status), and the chief judge's confirmation. */
@Injectable()
export class ConfirmationService {
  constructor(
    private readonly context: JudgingContext,
    private readonly judges: JudgesRepository,
    private readonly scores: ScoresRepository,
    private readonly audit: AuditService,
    private readonly unitOfWork: UnitOfWork,
    private readonly contests: ContestsRepository,
  ) {}

  async status(contestId: number, principal: Principal): Promise<ScoreStatus> {
    const scene = await this.context.load(contestId);
    this.context.assertOrganizerOrChief(scene, principal);
    return this.summary(scene);
  }

  /** The same for anyone inside the service (results refuse to compute unless all is confirmed). */
  async summary(
    scene: JudgingScene,
    manager?: EntityManager,
    scores?: readonly ScoreRow[],
  ): Promise<ScoreStatus> {
    const contestId = scene.contest.id;
    const field = (await this.judges.field(contestId, {}, manager)).filter(
      (e) => e.code !== null && e.attendance === 'PRESENT',
    );
    const status: ScoreStatus = {
      contestId,
      contestants: field.length,
      groups: 0,
      confirmed: 0,
      ready: 0,
      missing: { count: 0, items: [] },
      flagged: { count: 0, items: [] },
    };
    for await (const group of this.groups(scene, field, scene.criteria, manager, scores)) {
      status.groups++;
      const where = { code: group.entry.code!, criterionKey: group.criterion.key };
      const { state } = group;
      if (state.state === 'CONFIRMED') status.confirmed++;
      else if (state.state === 'READY') status.ready++;
      else if (state.state === 'MISSING') {
        if (status.missing.count++ < STATUS_LIST_LIMIT) {
          status.missing.items.push({ ...where, missingJudges: state.missingJudges });
        }
      } else if (status.flagged.count++ < STATUS_LIST_LIMIT) {
        status.flagged.items.push({ ...where, ...flagOf(state) });
      }
    }
    return status;
  }

  /** One group's scores by judge, for organizers and chief judges (blind: by code only). */
  async group(
    contestId: number,
    query: { code: string; criterionKey: string },
    principal: Principal,
  ): Promise<ScoreGroupView> {
    const scene = await this.context.load(contestId);
    this.context.assertOrganizerOrChief(scene, principal);
    const criterion = scene.criterionByKey.get(query.criterionKey);
    if (!criterion) throw JudgingErrors.unknownKeys('criterion', [query.criterionKey]);
    const code = query.code.trim().toUpperCase();
    const [entry] = await this.judges.field(contestId, { codes: [code] });
    if (!entry) throw JudgingErrors.unknownCode(query.code);
    const rows = await this.scores.forGroup(entry.registrationId, criterion.id);
    const required = scene.panel.requiredJudges(criterion.key, entry);
    const input: GroupInput = {
      kind: criterion.kind,
      method: criterion.method,
      toleranceCenti: criterion.toleranceCenti,
      requiredJudges: required,
      scores: rows.map((r) => ({
        judgeId: r.judgeId,
        valueCenti: r.valueCenti,
        confirmed: r.confirmedAt !== null,
        enteredBy: r.enteredBy,
      })),
    };
    const judgeIds = [...new Set([...required, ...rows.map((r) => r.judgeId)])];
    return {
      code,
      criterionKey: criterion.key,
      attendance: entry.attendance,
      state: entry.attendance === 'PRESENT' ? assessGroup(input) : null,
      judges: judgeIds.map((judgeId) => {
        const score = rows.find((r) => r.judgeId === judgeId);
        return {
          judgeId,
          required: required.includes(judgeId),
          score: score
            ? {
                points: formatScore(score.valueCenti, criterion.kind),
                version: score.version,
                confirmed: score.confirmedAt !== null,
              }
            : null,
        };
      }),
    };
  }

  /**
   * Confirms every complete, in-tolerance group of a present contestant that the caller did not
   * score, in one transaction, each with an audit entry; reports what it left and why.
   */
  async confirm(
    contestId: number,
    criterionKeys: string[] | undefined,
    principal: Principal,
  ): Promise<ConfirmReport> {
    return this.unitOfWork.run(async (manager) => {
      await this.contests.lock(manager, contestId);
      const scene = await this.context.load(contestId, manager);
      if (!scene.panel.member(principal.userId)?.chief) throw JudgingErrors.notChief();
      this.context.assertScoringOpen(scene.contest);
      const unknown = (criterionKeys ?? []).filter((k) => !scene.criterionByKey.has(k));
      if (unknown.length > 0) throw JudgingErrors.unknownKeys('criterion', unknown);
      const criteria = criterionKeys
        ? scene.criteria.filter((c) => criterionKeys.includes(c.key))
        : scene.criteria;
      // As the status answer counts: an absent or disqualified contestant's groups wait (their
      // scores count for nothing unless the chief judge marks them present again).
      const field = (await this.judges.field(contestId, {}, manager)).filter(
        (e) => e.code !== null && e.attendance === 'PRESENT',
      );
      const report: ConfirmReport = {
        confirmed: 0,
        scores: 0,
        alreadyConfirmed: 0,
        ownScores: [],
        missing: 0,
        flagged: 0,
      };
      const ids: number[] = [];
      const events: AuditEvent[] = [];
      for await (const group of this.groups(scene, field, criteria, manager)) {
        const { state } = group;
        if (state.state === 'CONFIRMED') report.alreadyConfirmed++;
        else if (state.state === 'MISSING') report.missing++;
        else if (state.state === 'FLAGGED') report.flagged++;
        else if (!canConfirm(group.input, principal.userId).ok) {
          report.ownScores.push({ code: group.entry.code!, criterionKey: group.criterion.key });
        } else {
          const counted = new Set(countedScores(group.input).map((s) => s.judgeId));
          // In the order they were entered, whatever order the database read them in.
          const rows = group.rows
            .filter((r) => counted.has(r.judgeId) && !r.confirmed)
            .sort((a, b) => a.id - b.id);
          ids.push(...rows.map((r) => r.id));
          report.confirmed++;
          report.scores += rows.length;
          events.push({
            actorId: principal.userId,
            action: 'SCORES_CONFIRMED',
            registrationId: group.entry.registrationId,
            criterionKey: group.criterion.key,
            judgeId: null,
            oldValue: null,
            newValue: {
              scores: rows.map((r) => ({
                judgeId: r.judgeId,
                valueCenti: r.valueCenti,
                version: r.version,
              })),
            },
            reason: null,
          });
        }
      }
      const now = new Date();
      await this.scores.confirm(manager, ids, principal.userId, now);
      await this.audit.append(manager, contestId, events, now);
      return report;
    });
  }

  /**
   * The chief judge closes scoring once every score of every present contestant is confirmed: the
   * contest moves from SCORING to REVIEW (the organizer then computes and reviews the results),
   * audited as SCORING_CLOSED. Nothing can be entered or confirmed after that.
   */
  async close(contestId: number, principal: Principal): Promise<CloseReport> {
    return this.unitOfWork.run(async (manager) => {
      await this.contests.lock(manager, contestId);
      const scene = await this.context.load(contestId, manager);
      if (!scene.panel.member(principal.userId)?.chief) throw JudgingErrors.notChief();
      this.context.assertScoringOpen(scene.contest);
      const status = await this.summary(scene, manager);
      if (status.missing.count + status.flagged.count + status.ready > 0) {
        throw JudgingErrors.scoringIncomplete(
          status.missing.count,
          status.flagged.count,
          status.ready,
        );
      }
      const now = new Date();
      const { contest } = scene;
      if (
        !(await this.contests.updateIfVersion(
          manager,
          contestId,
          contest.version,
          { status: 'REVIEW' },
          now,
        ))
      ) {
        throw ContestErrors.staleVersion(contest.version, contest.version + 1);
      }
      await this.audit.append(
        manager,
        contestId,
        [
          {
            actorId: principal.userId,
            action: 'SCORING_CLOSED',
            registrationId: null,
            criterionKey: null,
            judgeId: null,
            oldValue: { status: 'SCORING' },
            newValue: { status: 'REVIEW', groups: status.groups, confirmed: status.confirmed },
            reason: null,
          },
        ],
        now,
      );
      return { contestId, status: 'REVIEW', groups: status.groups, confirmed: status.confirmed };
    });
  }

  /** Every (contestant, criterion) group with its state, criterion by criterion. */
  private async *groups(
    scene: JudgingScene,
    field: FieldEntry[],
    criteria: CriterionInfo[],
    manager?: EntityManager,
    scores?: readonly ScoreRow[],
  ): AsyncGenerator<Group> {
    const byCriterion = groupScores(
      scores ?? (await this.scores.forContest(scene.contest.id, manager)),
    );
    for (const criterion of criteria) {
      const byRegistration = byCriterion.get(criterion.id) ?? new Map<number, ScoreRow[]>();
      for (const entry of field) {
        const rows = byRegistration.get(entry.registrationId) ?? [];
        const input: GroupInput = {
          kind: criterion.kind,
          method: criterion.method,
          toleranceCenti: criterion.toleranceCenti,
          requiredJudges: scene.panel.requiredJudges(criterion.key, entry),
          scores: rows.map((r) => ({
            judgeId: r.judgeId,
            valueCenti: r.valueCenti,
            confirmed: r.confirmed,
            enteredBy: r.enteredBy,
          })),
        };
        yield { entry, criterion, input, rows, state: assessGroup(input) };
      }
    }
  }
}

/** A flagged state without its tag, as the status answer lists it. */
function flagOf(state: Extract<GroupState, { state: 'FLAGGED' }>) {
  return state.reason === 'SPREAD'
    ? { reason: state.reason, spreadCenti: state.spreadCenti, toleranceCenti: state.toleranceCenti }
    : { reason: state.reason, judges: state.judges, needed: state.needed };
}

/** Scores by criterion, then by registration. */
export function groupScores(rows: readonly ScoreRow[]): Map<number, Map<number, ScoreRow[]>> {
  const byCriterion = new Map<number, Map<number, ScoreRow[]>>();
  for (const row of rows) {
    let byRegistration = byCriterion.get(row.criterionId);
    if (!byRegistration) {
      byRegistration = new Map<number, ScoreRow[]>();
      byCriterion.set(row.criterionId, byRegistration);
    }
    const list = byRegistration.get(row.registrationId);
    if (list) list.push(row);
    else byRegistration.set(row.registrationId, [row]);
  }
  return byCriterion;
}
