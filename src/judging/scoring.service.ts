import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Principal } from '../common/auth/current-user.decorator';
import { ContestsRepository } from '../contests/contests.repository';
import { UnitOfWork } from '../database/unit-of-work';
import { AuditEvent, AuditService } from './audit.service';
import { SubmitAttendanceDto, SubmitScoresDto, SubmitTimesDto } from './dto/judging-input.dto';
import { FieldEntry, JudgesRepository } from './judges.repository';
import { CriterionInfo, JudgingContext, JudgingScene } from './judging-context';
import type { Score } from './judging.entities';
import { EntryIssue, JudgingErrors } from './judging.errors';
import type { CriterionKind } from '../contests/rules';
import {
  type Attendance,
  checkScoreChange,
  checkScoreEntry,
  checkSubmission,
  scoreWriteOf,
  scoringClosed,
} from './rules/score-entry';
import { formatScore } from './rules/score-points';
import { NewScore, ScoresRepository } from './scores.repository';

export interface SheetRow {
  code: string;
  /** ABSENT or DISQUALIFIED contestants are listed but take no scores. */
  attendance: Attendance;
  /** Per criterion key: this judge's score, or null when not entered yet. */
  scores: Record<string, { points: string; version: number; confirmed: boolean } | null>;
  /** Time used in whole seconds (PUT …/times), null until recorded. */
  timeSeconds: number | null;
}

export interface ScoreSheet {
  contestId: number;
  /** Whether the contest's tie-break chain uses time used: the sheet then asks for it. */
  timeUsed: boolean;
  criteria: Array<{
    key: string;
    name: string;
    partKey: string;
    kind: CriterionKind;
    maxPoints: string;
  }>;
  rows: SheetRow[];
}

export interface SavedScore {
  code: string;
  criterionKey: string;
  judgeId: number;
  points: string;
  version: number;
  /** created, updated (a new value) or unchanged (the same value again: nothing written). */
  outcome: 'created' | 'updated' | 'unchanged';
}

interface CheckedEntry {
  index: number;
  entry: FieldEntry;
  criterion: CriterionInfo;
  judgeId: number;
  valueCenti: number;
  version?: number;
}

const keyOf = (registrationId: number, criterionId: number, judgeId: number) =>
  `${registrationId}:${criterionId}:${judgeId}`;

/** A STALE_SCORE issue's `current`: the stored score as the score sheet shows it. */
const currentOf = (score: Score | null | undefined, criterion: CriterionInfo) => ({
  points: score ? formatScore(score.valueCenti, criterion.kind) : null,
  version: score?.version ?? 0,
});

/** A stored score as the score-entry rules see it. */
const storedOf = (score: Score | undefined) =>
  score
    ? {
        valueCenti: score.valueCenti,
        version: score.version,
        confirmed: score.confirmedAt !== null,
      }
    : null;

/** Score entry (打分): the judge's blind score sheet, batch upserts and times used. */
@Injectable()
export class ScoringService {
  constructor(
    private readonly context: JudgingContext,
    private readonly judges: JudgesRepository,
    private readonly scores: ScoresRepository,
    private readonly contests: ContestsRepository,
    private readonly audit: AuditService,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  /** The caller's rows by blind code: the workers they may score, on their criteria. */
  async sheet(contestId: number, principal: Principal): Promise<ScoreSheet> {
    const scene = await this.context.load(contestId);
    const member = scene.panel.member(principal.userId);
    if (!member) throw JudgingErrors.notAJudge();
    const criteria = scene.criteria.filter((c) => member.criterionKeys.includes(c.key));
    const field = scene.contest.drawnAt === null ? [] : await this.judges.field(contestId);
    const mine = new Map(
      (await this.scores.byJudge(contestId, principal.userId)).map((s) => [
        `${s.registrationId}:${s.criterionId}`,
        s,
      ]),
    );
    const rows = field
      .filter((e) => e.code !== null && !scene.panel.conflicted(principal.userId, e))
      .map((e) => ({
        code: e.code!,
        attendance: e.attendance,
        timeSeconds: e.timeSeconds,
        scores: Object.fromEntries(
          criteria.map((c) => {
            const score = mine.get(`${e.registrationId}:${c.id}`);
            return [
              c.key,
              score
                ? {
                    points: formatScore(score.valueCenti, c.kind),
                    version: score.version,
                    confirmed: score.confirmedAt !== null,
                  }
                : null,
            ];
          }),
        ),
      }));
    return {
      contestId,
      timeUsed: scene.contest.tieBreak.some((k) => k.by === 'TIME'),
      criteria: criteria.map((c) => ({
        key: c.key,
        name: c.name,
        partKey: c.partKey,
        kind: c.kind,
        maxPoints: formatScore(c.maxPointsCenti, 'MEASUREMENT'),
      })),
      rows,
    };
  }

  /**
   * Saves a batch of scores, all or nothing. Every entry is checked first (code, criterion,
   * assignment, conflict of interest, points, confirmation, version); one bad entry refuses the
   * batch with every issue listed. Each change is appended to the audit log in the same transaction.
   */
  async submit(
    contestId: number,
    dto: SubmitScoresDto,
    principal: Principal,
    options: { onBehalf?: boolean } = {},
  ): Promise<SavedScore[]> {
    return this.unitOfWork.run(async (manager) => {
      await this.contests.lock(manager, contestId);
      const scene = await this.context.load(contestId, manager);
      const me = scene.panel.member(principal.userId);
      const { status } = scene.contest;
      const reason = dto.reason?.trim() || null;
      // An organizer enters scores only on a judge's behalf (a score file), never as a judge.
      const organizerOnBehalf = options.onBehalf === true && principal.role === 'ORGANIZER';
      const refusal = checkSubmission(
        { status, drawn: scene.contest.drawnAt !== null },
        { member: me !== undefined, chief: me?.chief === true, organizerOnBehalf },
        reason !== null,
      );
      if (refusal) throw JudgingErrors.refused(refusal);
      // After scoring has closed (REVIEW or PUBLISHED) a chief judge still corrects, with a
      // reason, but only the contestants whose objection the organizer upheld (rules/two-person).
      const upheld = scoringClosed(status)
        ? await this.scores.upheldObjections(manager, contestId)
        : new Set<number>();
      const mayEnterForOthers = organizerOnBehalf || me?.chief === true;
      const codes = [...new Set(dto.entries.map((e) => e.code.trim().toUpperCase()))];
      const byCode = new Map(
        (await this.judges.field(contestId, { codes }, manager)).map((e) => [e.code!, e]),
      );

      const issues: EntryIssue[] = [];
      const checked: CheckedEntry[] = [];
      const seen = new Set<string>();
      dto.entries.forEach((raw, index) => {
        const entry = byCode.get(raw.code.trim().toUpperCase());
        const criterion = scene.criterionByKey.get(raw.criterionKey);
        const judgeId = raw.judgeId ?? principal.userId;
        const key = entry && criterion && keyOf(entry.registrationId, criterion.id, judgeId);
        const decision = checkScoreEntry({
          status,
          typedCode: raw.code,
          criterionKey: raw.criterionKey,
          contestant: entry
            ? {
                code: entry.code!,
                attendance: entry.attendance,
                upheldObjection: upheld.has(entry.registrationId),
              }
            : null,
          criterion: criterion ?? null,
          points: raw.points,
          caller: {
            hasReason: reason !== null,
            chief: me?.chief === true,
            member: me !== undefined,
            mayEnterForOthers,
            conflicted: entry !== undefined && scene.panel.conflicted(principal.userId, entry),
          },
          judge: {
            userId: judgeId,
            self: judgeId === principal.userId,
            member: scene.panel.member(judgeId) !== undefined,
            assigned: criterion !== undefined && scene.panel.assigned(judgeId, criterion.key),
            conflicted: entry !== undefined && scene.panel.conflicted(judgeId, entry),
          },
          repeated: key !== undefined && seen.has(key),
        });
        if (!decision.ok) {
          issues.push({
            index,
            code: decision.code,
            message: decision.message,
            entry: { code: raw.code, criterionKey: raw.criterionKey },
          });
          return;
        }
        seen.add(key!);
        checked.push({
          index,
          entry: entry!,
          criterion: criterion!,
          judgeId,
          valueCenti: decision.valueCenti,
          version: raw.version,
        });
      });
      if (issues.length > 0) throw JudgingErrors.batch(issues);

      const existing = new Map(
        (
          await this.scores.forEntries(
            manager,
            [...new Set(checked.map((c) => c.entry.registrationId))],
            [...new Set(checked.map((c) => c.criterion.id))],
          )
        ).map((s) => [keyOf(s.registrationId, s.criterionId, s.judgeId), s]),
      );
      return this.apply(manager, scene, checked, existing, principal, me?.chief === true, reason);
    });
  }

  private async apply(
    manager: Parameters<ScoresRepository['insert']>[0],
    scene: JudgingScene,
    checked: CheckedEntry[],
    existing: Map<string, Score>,
    principal: Principal,
    chief: boolean,
    reason: string | null,
  ): Promise<SavedScore[]> {
    const issues: EntryIssue[] = [];
    const stale: EntryIssue[] = [];
    for (const c of checked) {
      const score = existing.get(keyOf(c.entry.registrationId, c.criterion.id, c.judgeId));
      const at = { code: c.entry.code!, criterionKey: c.criterion.key };
      const { refusal, stale: isStale } = checkScoreChange({
        stored: storedOf(score),
        readVersion: c.version,
        valueCenti: c.valueCenti,
        self: c.judgeId === principal.userId,
        chief,
        hasReason: reason !== null,
      });
      if (isStale) {
        stale.push({
          index: c.index,
          code: 'STALE_SCORE',
          message: `Version ${c.version} was read, the score is now at version ${score?.version ?? 0}`,
          entry: at,
          current: currentOf(score, c.criterion),
        });
      }
      if (refusal) {
        issues.push({ index: c.index, code: refusal.code, message: refusal.message, entry: at });
      }
    }
    if (issues.length > 0) throw JudgingErrors.batch(issues);
    if (stale.length > 0) throw JudgingErrors.stale(stale);

    const now = new Date();
    const inserts: NewScore[] = [];
    const events: AuditEvent[] = [];
    const saved: SavedScore[] = [];
    for (const c of checked) {
      const score = existing.get(keyOf(c.entry.registrationId, c.criterion.id, c.judgeId));
      const base = {
        code: c.entry.code!,
        criterionKey: c.criterion.key,
        judgeId: c.judgeId,
        points: formatScore(c.valueCenti, c.criterion.kind),
      };
      const event = {
        actorId: principal.userId,
        registrationId: c.entry.registrationId,
        criterionKey: c.criterion.key,
        judgeId: c.judgeId,
        reason,
      };
      const write = scoreWriteOf({
        stored: storedOf(score),
        valueCenti: c.valueCenti,
        self: c.judgeId === principal.userId,
      });
      if (write.outcome === 'created') {
        inserts.push({
          contestId: scene.contest.id,
          registrationId: c.entry.registrationId,
          criterionId: c.criterion.id,
          judgeId: c.judgeId,
          valueCenti: c.valueCenti,
          version: 1,
          enteredBy: principal.userId,
          confirmedBy: null,
          confirmedAt: null,
          createdAt: now,
          updatedAt: now,
        });
        events.push({
          ...event,
          action: write.action,
          oldValue: null,
          newValue: { valueCenti: c.valueCenti, version: 1 },
        });
        saved.push({ ...base, version: 1, outcome: 'created' });
      } else if (write.outcome === 'unchanged') {
        saved.push({ ...base, version: score!.version, outcome: 'unchanged' });
      } else {
        const stored = score!;
        const cleared = write.clearsConfirmation ? { confirmedAt: null, confirmedBy: null } : {};
        const changed = await this.scores.updateIfVersion(
          manager,
          stored.id,
          stored.version,
          { valueCenti: c.valueCenti, enteredBy: principal.userId, ...cleared },
          now,
        );
        if (!changed) {
          const current = (
            await this.scores.forEntries(manager, [stored.registrationId], [stored.criterionId])
          ).find((s) => s.judgeId === stored.judgeId);
          throw JudgingErrors.stale([
            {
              index: c.index,
              code: 'STALE_SCORE',
              message: 'Changed meanwhile',
              entry: { code: base.code, criterionKey: base.criterionKey },
              current: currentOf(current, c.criterion),
            },
          ]);
        }
        events.push({
          ...event,
          action: write.action,
          oldValue: write.clearsConfirmation
            ? { valueCenti: stored.valueCenti, version: stored.version, confirmed: true }
            : { valueCenti: stored.valueCenti, version: stored.version },
          newValue: { valueCenti: c.valueCenti, version: stored.version + 1 },
        });
        saved.push({ ...base, version: stored.version + 1, outcome: 'updated' });
      }
    }
    await this.scores.insert(manager, inserts);
    await this.audit.append(manager, scene.contest.id, events, now);
    if (events.length > 0 && scene.contest.scoringStartedAt === null) {
      await this.contests.markScoringStarted(manager, scene.contest.id, now);
    }
    return saved;
  }

  /** Time used per contestant (for the tie-break), by code; judges of the contest and organizers. */
  async times(
    contestId: number,
    dto: SubmitTimesDto,
    principal: Principal,
  ): Promise<{ saved: number }> {
    return this.unitOfWork.run(async (manager) => {
      await this.contests.lock(manager, contestId);
      const scene = await this.context.load(contestId, manager);
      this.context.assertScoringOpen(scene.contest);
      const member = scene.panel.member(principal.userId);
      if (principal.role !== 'ORGANIZER' && !member) throw JudgingErrors.notAJudge();
      const entries = await this.contestantsByCode(manager, contestId, dto.entries, true);
      // A judge sets the times of the contestants they score (the chief judge: of all of them),
      // never of one they are in conflict with.
      if (member) {
        this.refuseConflicts(entries, (entry) =>
          scene.panel.conflicted(member.userId, entry)
            ? 'SCORE_CONFLICT_OF_INTEREST'
            : !member.chief && member.criterionKeys.length === 0
              ? 'SCORE_NOT_ASSIGNED'
              : null,
        );
      }
      const now = new Date();
      const changes = dto.entries
        .map((e, i) => ({ entry: entries[i], seconds: e.seconds }))
        .filter(({ entry, seconds }) => entry.timeSeconds !== seconds);
      await this.judges.setTimes(
        manager,
        changes.map(({ entry, seconds }) => ({ registrationId: entry.registrationId, seconds })),
      );
      await this.audit.append(
        manager,
        contestId,
        changes.map(({ entry, seconds }) => ({
          actorId: principal.userId,
          action: 'TIME_SET',
          registrationId: entry.registrationId,
          criterionKey: null,
          judgeId: null,
          oldValue: entry.timeSeconds === null ? null : { seconds: entry.timeSeconds },
          newValue: { seconds },
          reason: null,
        })),
        now,
      );
      return { saved: changes.length };
    });
  }

  /**
   * Marks contestants ABSENT or DISQUALIFIED (or PRESENT again), by code: they then need no
   * scores and are listed without a rank. Chief judges and organizers; audited.
   */
  async attendance(
    contestId: number,
    dto: SubmitAttendanceDto,
    principal: Principal,
  ): Promise<{ saved: number }> {
    return this.unitOfWork.run(async (manager) => {
      await this.contests.lock(manager, contestId);
      const scene = await this.context.load(contestId, manager);
      this.context.assertScoringOpen(scene.contest);
      this.context.assertOrganizerOrChief(scene, principal);
      const entries = await this.contestantsByCode(manager, contestId, dto.entries, false);
      if (principal.role !== 'ORGANIZER') {
        this.refuseConflicts(entries, (entry) =>
          scene.panel.conflicted(principal.userId, entry) ? 'SCORE_CONFLICT_OF_INTEREST' : null,
        );
      }
      const changes = dto.entries
        .map((e, i) => ({ entry: entries[i], attendance: e.attendance }))
        .filter(({ entry, attendance }) => entry.attendance !== attendance);
      await this.judges.setAttendance(
        manager,
        changes.map(({ entry, attendance }) => ({
          registrationId: entry.registrationId,
          attendance,
        })),
      );
      await this.audit.append(
        manager,
        contestId,
        changes.map(({ entry, attendance }) => ({
          actorId: principal.userId,
          action: 'ATTENDANCE_SET',
          registrationId: entry.registrationId,
          criterionKey: null,
          judgeId: null,
          oldValue: { attendance: entry.attendance },
          newValue: { attendance },
          reason: dto.reason?.trim() || null,
        })),
        new Date(),
      );
      return { saved: changes.length };
    });
  }

  /** Refuses the whole batch, every refused entry listed, when `refusal` names a code for one. */
  private refuseConflicts(
    entries: readonly FieldEntry[],
    refusal: (entry: FieldEntry) => 'SCORE_CONFLICT_OF_INTEREST' | 'SCORE_NOT_ASSIGNED' | null,
  ): void {
    const issues: EntryIssue[] = [];
    entries.forEach((entry, index) => {
      const code = refusal(entry);
      if (code === null) return;
      issues.push({
        index,
        code,
        message:
          code === 'SCORE_CONFLICT_OF_INTEREST'
            ? `You may not act for ${entry.code}: a conflict of interest (your own unit, or declared)`
            : 'Only the chief judge or a judge who scores this contestant sets the time used',
        entry: { code: entry.code! },
      });
    });
    if (issues.length > 0) throw JudgingErrors.batch(issues);
  }

  /**
   * The contestant behind each entry's blind code, in the entries' order; the whole batch is
   * refused, every problem listed, when a code is unknown (or, with `rejectRepeats`, repeated).
   */
  private async contestantsByCode(
    manager: EntityManager,
    contestId: number,
    entries: ReadonlyArray<{ code: string }>,
    rejectRepeats: boolean,
  ): Promise<FieldEntry[]> {
    const codes = entries.map((e) => e.code.trim().toUpperCase());
    const byCode = new Map(
      (await this.judges.field(contestId, { codes }, manager)).map((e) => [e.code!, e]),
    );
    const issues: EntryIssue[] = [];
    const seen = new Set<string>();
    entries.forEach((e, index) => {
      if (!byCode.has(codes[index])) {
        issues.push({
          index,
          code: 'SCORE_UNKNOWN_CODE',
          message: `No contestant has the code "${e.code}"`,
          entry: { code: e.code },
        });
      } else if (rejectRepeats && seen.has(codes[index])) {
        issues.push({
          index,
          code: 'SCORE_DUPLICATE_ENTRY',
          message: 'The same code appears twice',
          entry: { code: e.code },
        });
      }
      seen.add(codes[index]);
    });
    if (issues.length > 0) throw JudgingErrors.batch(issues);
    return codes.map((code) => byCode.get(code)!);
  }
}
