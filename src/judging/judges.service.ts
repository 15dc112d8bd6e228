import { Injectable } from '@nestjs/common';
import type { Principal } from '../common/auth/current-user.decorator';
import { HostedContestAccess, withinPath } from '../common/auth/hosted-contest-access';
import { ContestsRepository } from '../contests/contests.repository';
import { UnitOfWork } from '../database/unit-of-work';
import { parseIdNumber } from '../workers/rules/id-number';
import { AuditService } from './audit.service';
import { AssignJudgeDto, DeclareConflictDto } from './dto/judging-input.dto';
import { FieldEntry, JudgesRepository, PanelMember } from './judges.repository';
import { JudgingContext, JudgingScene } from './judging-context';
import { JudgingErrors } from './judging.errors';
import { ScoresRepository } from './scores.repository';

/** A judge of the contest, with the workers the conflict rule keeps them off (by code only). */
export interface JudgeView {
  userId: number;
  username: string;
  displayName: string;
  chief: boolean;
  criteria: string[];
  onConflict: PanelMember['onConflict'];
  /**
   * Workers this judge may not score: their units' and the declared ones (codes once drawn).
   * Organizers only: to another judge it would tell which codes belong to which unit.
   */
  conflicts?: { count: number; codes: string[] };
}

const OPEN_FOR_ASSIGNMENT = ['DRAFT', 'REGISTRATION', 'SCORING'];

@Injectable()
export class JudgesService {
  constructor(
    private readonly judges: JudgesRepository,
    private readonly scores: ScoresRepository,
    private readonly context: JudgingContext,
    private readonly audit: AuditService,
    private readonly unitOfWork: UnitOfWork,
    private readonly contests: ContestsRepository,
    private readonly hosted: HostedContestAccess,
  ) {}

  async assign(contestId: number, dto: AssignJudgeDto, principal: Principal): Promise<JudgeView> {
    await this.unitOfWork.run(async (manager) => {
      await this.contests.lock(manager, contestId);
      const scene = await this.context.load(contestId, manager);
      if (!OPEN_FOR_ASSIGNMENT.includes(scene.contest.status)) {
        throw JudgingErrors.judgingLocked(scene.contest.status);
      }
      const user = await this.judges.user(manager, dto.userId);
      if (!user) throw JudgingErrors.judgeUserInvalid(dto.userId, 'does not exist');
      if (user.role !== 'JUDGE') throw JudgingErrors.judgeUserInvalid(dto.userId, 'is not a JUDGE');
      if (!user.active) throw JudgingErrors.judgeUserInvalid(dto.userId, 'is deactivated');
      if (principal.hosting) {
        // A host unit's coordinator assigns judges of their own: of the host unit or below it.
        const host = await this.hosted.hostOf(contestId);
        if (!host || user.unitPath === null || !withinPath(user.unitPath, host.path)) {
          throw JudgingErrors.judgeUnitOutOfScope(dto.userId);
        }
      }
      if (scene.panel.member(user.id)) throw JudgingErrors.alreadyAssigned(user.id);
      const criterionKeys = this.scope(scene, dto);
      const onConflict = dto.onConflict ?? 'EXCLUDE';
      if (onConflict === 'REFUSE' && user.unitPath !== null) {
        const field = await this.judges.field(contestId, { approvedOnly: false }, manager);
        const mine = field.filter(
          (e) =>
            e.status !== 'REJECTED' &&
            e.status !== 'WITHDRAWN' &&
            e.unitPath.startsWith(user.unitPath!),
        );
        if (mine.length > 0) throw JudgingErrors.conflictOfInterest(mine.length, codesOf(mine));
      }
      const now = new Date();
      await this.judges.insert(manager, {
        contestId,
        userId: user.id,
        chief: dto.chief ?? false,
        criterionKeys,
        onConflict,
        createdBy: principal.userId,
        createdAt: now,
      });
      await this.audit.append(
        manager,
        contestId,
        [
          {
            actorId: principal.userId,
            action: 'JUDGE_ASSIGNED',
            registrationId: null,
            criterionKey: null,
            judgeId: user.id,
            oldValue: null,
            newValue: { chief: dto.chief ?? false, criterionKeys, onConflict },
            reason: null,
          },
        ],
        now,
      );
    });
    return this.view(contestId, dto.userId);
  }

  async list(contestId: number, principal: Principal): Promise<JudgeView[]> {
    const scene = await this.context.load(contestId);
    if (principal.role !== 'ORGANIZER' && !scene.panel.member(principal.userId)) {
      throw JudgingErrors.notAJudge();
    }
    const field = await this.judges.field(contestId);
    return scene.panel.members.map((m) => {
      const view = this.toView(scene, m, field);
      if (principal.role !== 'ORGANIZER') delete view.conflicts;
      return view;
    });
  }

  async remove(contestId: number, userId: number, principal: Principal): Promise<void> {
    await this.unitOfWork.run(async (manager) => {
      await this.contests.lock(manager, contestId);
      const scene = await this.context.load(contestId, manager);
      if (!OPEN_FOR_ASSIGNMENT.includes(scene.contest.status)) {
        throw JudgingErrors.judgingLocked(scene.contest.status);
      }
      if (!scene.panel.member(userId)) throw JudgingErrors.notAssigned(userId);
      const count = await this.scores.countByJudge(contestId, userId);
      if (count > 0) throw JudgingErrors.judgeHasScores(userId, count);
      await this.judges.remove(manager, contestId, userId);
      await this.audit.append(
        manager,
        contestId,
        [
          {
            actorId: principal.userId,
            action: 'JUDGE_REMOVED',
            registrationId: null,
            criterionKey: null,
            judgeId: userId,
            oldValue: null,
            newValue: null,
            reason: null,
          },
        ],
        new Date(),
      );
    });
  }

  /**
   * A further conflict of interest (回避). A judge names the worker by ID number and always gets
   * the same answer, so the route cannot be used to find out who is entered.
   */
  async declareConflict(
    contestId: number,
    dto: DeclareConflictDto,
    principal: Principal,
  ): Promise<{ declared: true }> {
    await this.unitOfWork.run(async (manager) => {
      await this.contests.lock(manager, contestId);
      const scene = await this.context.load(contestId, manager);
      const organizer = principal.role === 'ORGANIZER';
      const judgeId = organizer ? dto.judgeId : principal.userId;
      if (judgeId === undefined) throw JudgingErrors.conflictTargetRequired();
      if (!scene.panel.member(judgeId)) {
        throw organizer ? JudgingErrors.notAssigned(judgeId) : JudgingErrors.notAJudge();
      }
      const target = await this.target(manager, contestId, dto, organizer);
      if (!target) return;
      const now = new Date();
      await this.judges.declareConflict(manager, {
        contestId,
        judgeId,
        workerId: target.workerId,
        declaredBy: principal.userId,
        reason: dto.reason?.trim() || null,
        createdAt: now,
      });
      await this.audit.append(
        manager,
        contestId,
        [
          {
            actorId: principal.userId,
            action: 'CONFLICT_DECLARED',
            registrationId: target.registrationId,
            criterionKey: null,
            judgeId,
            oldValue: null,
            newValue: null,
            reason: dto.reason?.trim() || null,
          },
        ],
        now,
      );
    });
    return { declared: true };
  }

  private async target(
    manager: Parameters<JudgesRepository['workerInContest']>[0],
    contestId: number,
    dto: DeclareConflictDto,
    organizer: boolean,
  ): Promise<{ workerId: number; registrationId: number } | null> {
    if (organizer && dto.registrationId !== undefined) {
      const [entry] = (await this.judges.field(contestId, { approvedOnly: false }, manager)).filter(
        (e) => e.registrationId === dto.registrationId,
      );
      if (!entry) throw JudgingErrors.conflictTargetRequired();
      return { workerId: entry.workerId, registrationId: entry.registrationId };
    }
    if (dto.idNumber === undefined) throw JudgingErrors.conflictTargetRequired();
    const parsed = parseIdNumber(dto.idNumber);
    if (!parsed.ok) return null;
    return this.judges.workerInContest(manager, contestId, parsed.idNumber);
  }

  private scope(scene: JudgingScene, dto: AssignJudgeDto): string[] {
    const allKeys = scene.criteria.map((c) => c.key);
    if (dto.parts === undefined && dto.criteria === undefined) return dto.chief ? [] : allKeys;
    const partKeys = new Set(scene.criteria.map((c) => c.partKey));
    const unknownParts = (dto.parts ?? []).filter((p) => !partKeys.has(p));
    if (unknownParts.length > 0) throw JudgingErrors.unknownKeys('part', unknownParts);
    const unknown = (dto.criteria ?? []).filter((k) => !scene.criterionByKey.has(k));
    if (unknown.length > 0) throw JudgingErrors.unknownKeys('criterion', unknown);
    const chosen = new Set([
      ...scene.criteria.filter((c) => dto.parts?.includes(c.partKey)).map((c) => c.key),
      ...(dto.criteria ?? []),
    ]);
    return allKeys.filter((k) => chosen.has(k));
  }

  private async view(contestId: number, userId: number): Promise<JudgeView> {
    const scene = await this.context.load(contestId);
    const member = scene.panel.member(userId);
    if (!member) throw JudgingErrors.notAssigned(userId);
    return this.toView(scene, member, await this.judges.field(contestId));
  }

  private toView(scene: JudgingScene, member: PanelMember, field: FieldEntry[]): JudgeView {
    const conflicted = field.filter((e) => scene.panel.conflicted(member.userId, e));
    return {
      userId: member.userId,
      username: member.username,
      displayName: member.displayName,
      chief: member.chief,
      criteria: member.criterionKeys,
      onConflict: member.onConflict,
      conflicts: { count: conflicted.length, codes: codesOf(conflicted) },
    };
  }
}

function codesOf(entries: FieldEntry[]): string[] {
  return entries.flatMap((e) => (e.code ? [e.code] : [])).sort();
}
