import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { Principal } from '../common/auth/current-user.decorator';
import { ContestErrors } from '../contests/contests.errors';
import { ContestsRepository } from '../contests/contests.repository';
import { UnitOfWork } from '../database/unit-of-work';
import { AuditEvent, AuditService, AuditView } from './audit.service';
import { FieldEntry, JudgesRepository } from './judges.repository';
import { CriterionInfo, JudgingContext, JudgingScene } from './judging-context';
import { JudgingErrors } from './judging.errors';
import {
  checkClose,
  checkConfirmer,
  checkScoringComplete,
  groupConfirmation,
} from './rules/confirmation';
import { assessGroup, countedScores, GroupInput, GroupState } from './rules/score-groups';
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
    /**
     * `missingScores` for everyone; `missingJudges` (who has yet to score) for organizers only: a
     * chief judge who saw which assigned judges a code needs would see whom it excludes, and so
     * the code's unit. Chiefs chase judges by `missingByJudge`, summed over all codes.
     */
    items: Array<{
      code: string;
      criterionKey: string;
      missingScores: number;
      missingJudges?: number[];
    }>;
  };
  /** Scores still to be given, judge by judge, over every code (whom to chase). */
  missingByJudge: Array<{ judgeId: number; scores: number }>;
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
  /**
   * Ready groups left for someone else because the caller is in conflict with the contestant
   * (a count only: the codes would tell the caller which contestants are of their unit).
   */
  conflicted: number;
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
  /** Required scores not given yet. */
  missingScores: number;
  /**
   * Organizers: the required judges first (assigned, not in conflict), then any others who
   * scored. Chief judges: the counted scores only.
   */
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
    const status = await this.summary(scene);
    if (principal.role === 'ORGANIZER') return status;
    return {
      ...status,
      missing: {
        ...status.missing,
        items: status.missing.items.map(({ missingJudges: _hidden, ...item }) => item),
      },
    };
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
      missingByJudge: [],
      flagged: { count: 0, items: [] },
    };
    const byJudge = new Map<number, number>();
    for await (const group of this.groups(scene, field, scene.criteria, manager, scores)) {
      status.groups++;
      const where = { code: group.entry.code!, criterionKey: group.criterion.key };
      const { state } = group;
      if (state.state === 'CONFIRMED') status.confirmed++;
      else if (state.state === 'READY') status.ready++;
      else if (state.state === 'MISSING') {
        for (const judgeId of state.missingJudges) {
          byJudge.set(judgeId, (byJudge.get(judgeId) ?? 0) + 1);
        }
        if (status.missing.count++ < STATUS_LIST_LIMIT) {
          status.missing.items.push({
            ...where,
            missingScores: state.missingJudges.length,
            missingJudges: state.missingJudges,
          });
        }
      } else if (status.flagged.count++ < STATUS_LIST_LIMIT) {
        status.flagged.items.push({ ...where, ...flagOf(state) });
      }
    }
    status.missingByJudge = [...byJudge]
      .sort(([a], [b]) => a - b)
      .map(([judgeId, scores]) => ({ judgeId, scores }));
    return status;
  }

  /** The audit log: organizers see it whole, chief judges blind (AuditService.listBlind). */
  async auditLog(
    contestId: number,
    afterSeq: number,
    limit: number,
    principal: Principal,
  ): Promise<AuditView[]> {
    const scene = await this.context.load(contestId);
    this.context.assertOrganizerOrChief(scene, principal);
    if (principal.role === 'ORGANIZER') return this.audit.list(contestId, afterSeq, limit);
    const codeOf = new Map(
      (await this.judges.field(contestId)).map((e) => [e.registrationId, e.code] as const),
    );
    return this.audit.listBlind(contestId, afterSeq, limit, codeOf);
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
    // Organizers see every judge the group needs and every score, counted or not. A chief judge
    // sees the counted scores only, and how many are missing: the list of required judges (or a
    // score marked "not counted") would say which judges the code excludes, hence its unit.
    const organizer = principal.role === 'ORGANIZER';
    const scored = rows.map((r) => r.judgeId);
    const judgeIds = organizer
      ? [...new Set([...required, ...scored])]
      : scored.filter((id) => required.includes(id));
    const state = entry.attendance === 'PRESENT' ? assessGroup(input) : null;
    return {
      code,
      criterionKey: criterion.key,
      attendance: entry.attendance,
      state: state && !organizer ? withoutJudgeIds(state) : state,
      missingScores: required.filter((id) => !scored.includes(id)).length,
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
      const refusal = checkConfirmer(
        {
          chief: scene.panel.member(principal.userId)?.chief === true,
          organizer: principal.role === 'ORGANIZER',
        },
        { status: scene.contest.status, drawn: scene.contest.drawnAt !== null },
      );
      if (refusal) throw JudgingErrors.refused(refusal);
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
        conflicted: 0,
        missing: 0,
        flagged: 0,
      };
      const ids: number[] = [];
      const events: AuditEvent[] = [];
      for await (const group of this.groups(scene, field, criteria, manager)) {
        const decision = groupConfirmation(
          group.input,
          group.state,
          principal.userId,
          scene.panel.conflicted(principal.userId, group.entry),
        );
        if (decision === 'alreadyConfirmed') report.alreadyConfirmed++;
        else if (decision === 'missing') report.missing++;
        else if (decision === 'flagged') report.flagged++;
        else if (decision === 'conflicted') report.conflicted++;
        else if (decision === 'ownScore') {
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
      const refusal = checkClose(scene.panel.member(principal.userId)?.chief === true, {
        status: scene.contest.status,
        drawn: scene.contest.drawnAt !== null,
      });
      if (refusal) throw JudgingErrors.refused(refusal);
      const status = await this.summary(scene, manager);
      const incomplete = checkScoringComplete({
        missing: status.missing.count,
        flagged: status.flagged.count,
        ready: status.ready,
      });
      if (incomplete) throw JudgingErrors.refused(incomplete);
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

/** A group's state without judge ids, for chief judges (see `group`). */
function withoutJudgeIds(state: GroupState): GroupState {
  return state.state === 'MISSING' ? { state: 'MISSING', missingJudges: [] } : state;
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
