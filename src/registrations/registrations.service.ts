import { Injectable } from '@nestjs/common';
import type { Principal } from '../common/auth/current-user.decorator';
import { DomainError } from '../common/errors/domain-error';
import type { Contest } from '../contests/contest.entity';
import { ContestErrors } from '../contests/contests.errors';
import { ContestsRepository } from '../contests/contests.repository';
import { EntityManager } from 'typeorm';
import { UnitOfWork } from '../database/unit-of-work';
import { UnitDirectory } from '../units/unit-directory';
import type { Unit } from '../units/unit.entity';
import { UnitsRepository } from '../units/units.repository';
import { Actor, Enrolment } from './enrolment';
import { RegistrationTransfers } from './transfers';
import type { RegistrationStatus } from './registration.entity';
import { RegistrationErrors } from './registrations.errors';
import {
  RegistrationChanges,
  RegistrationFilter,
  RegistrationsRepository,
  RegistrationView,
} from './registrations.repository';
import {
  BulkDecisionDto,
  CreateRegistrationDto,
  ListRegistrationsQuery,
  UpdateRegistrationDto,
} from './dto/registration-input.dto';
import {
  checkOutOfCompetitionChange,
  checkRegistrationOpen,
  checkStatusChange,
  ContestStage,
} from './rules/registration-decisions';
import { validateRosterRow } from './rules/roster-row';

export function stageOf(contest: Contest): ContestStage {
  return {
    status: contest.status,
    drawn: contest.drawnAt !== null,
    scoringStarted: contest.scoringStartedAt !== null,
  };
}

/** Registering workers one at a time, listing, and the organizer's decisions. */
@Injectable()
export class RegistrationsService {
  constructor(
    private readonly registrations: RegistrationsRepository,
    private readonly contests: ContestsRepository,
    private readonly units: UnitsRepository,
    private readonly enrolment: Enrolment,
    private readonly transfers: RegistrationTransfers,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  contest(id: number): Promise<Contest> {
    return this.contests.get(id);
  }

  /**
   * The caller as a registering party: a coordinator's scope is their unit's subtree. Entering
   * workers into a hosted contest (`contest.hostUnitId`), everyone's scope is also narrowed to the
   * host unit's subtree (docs/security.md "Hosted contests").
   */
  async actor(principal: Principal, contest?: Pick<Contest, 'hostUnitId'>): Promise<Actor> {
    let scope: Unit | null = null;
    if (principal.role === 'UNIT_COORDINATOR') {
      scope = principal.unitId === null ? null : await this.units.findById(principal.unitId);
      if (!scope) throw RegistrationErrors.coordinatorWithoutUnit();
    }
    const hostUnitId = contest?.hostUnitId ?? null;
    if (hostUnitId !== null) {
      const host = await this.units.findById(hostUnitId);
      if (host && (!scope || host.path.startsWith(scope.path))) scope = host;
      else if (host && scope && !scope.path.startsWith(host.path))
        throw RegistrationErrors.outOfScope();
    }
    return { userId: principal.userId, role: principal.role, scope };
  }

  async register(
    contestId: number,
    dto: CreateRegistrationDto,
    principal: Principal,
  ): Promise<RegistrationView> {
    const contest = await this.contest(contestId);
    const closed = checkRegistrationOpen(stageOf(contest));
    if (closed) throw RegistrationErrors.rule(closed);
    const actor = await this.actor(principal, contest);
    const { worker } = dto;
    const checked = validateRosterRow({
      name: { text: worker.name, storedAsNumber: false },
      idNumber: { text: worker.idNumber, storedAsNumber: false },
      gender: { text: worker.gender ?? '', storedAsNumber: false },
      phone: { text: worker.phone ?? '', storedAsNumber: false },
    });
    if (!checked.ok) {
      const [first] = checked.issues;
      throw RegistrationErrors.workerField(first.field, first.code, first.message, first.messageZh);
    }
    const unitId = worker.unitId ?? actor.scope?.id;
    if (unitId === undefined) throw RegistrationErrors.unitRequired();

    const registrationId = await this.unitOfWork.run(async (manager) => {
      const directory = new UnitDirectory(await this.units.list(manager));
      if (!directory.get(unitId)) throw RegistrationErrors.unitNotFound(unitId);
      if (actor.scope && !directory.inScope(unitId, actor.scope)) {
        throw RegistrationErrors.outOfScope();
      }
      const [outcome] = await this.enrolment.apply(
        manager,
        contest,
        [{ rowNumber: 1, entry: checked.entry, unitId }],
        actor,
        directory,
        new Date(),
      );
      switch (outcome.kind) {
        case 'created':
        case 'revived':
          return outcome.registrationId;
        case 'rejected':
          throw new DomainError('CONFLICT', outcome.code, outcome.message, outcome.details);
        default:
          // Rolls back whatever the row would have changed about the worker.
          throw RegistrationErrors.exists(outcome.registrationId, outcome.status);
      }
    });
    return (await this.registrations.findView(registrationId))!;
  }

  async list(
    contestId: number,
    query: ListRegistrationsQuery,
    principal: Principal,
  ): Promise<{ rows: RegistrationView[]; total: number }> {
    await this.contest(contestId);
    const filter: RegistrationFilter = { status: query.status, q: query.q?.trim() };
    const actor = await this.actor(principal);
    let unit: Unit | null = actor.scope;
    if (query.unitId !== undefined) {
      const chosen = await this.units.findById(query.unitId);
      if (!chosen) throw RegistrationErrors.unitNotFound(query.unitId);
      if (actor.scope && !chosen.path.startsWith(actor.scope.path)) {
        throw RegistrationErrors.outOfScope();
      }
      unit = chosen;
    }
    if (unit) filter.unitPathPrefix = unit.path;
    const page =
      query.page === undefined && query.pageSize === undefined
        ? undefined
        : {
            offset: ((query.page ?? 1) - 1) * (query.pageSize ?? 100),
            limit: query.pageSize ?? 100,
          };
    return this.registrations.list(contestId, filter, query.sort ?? 'id', page);
  }

  /** One registration, if the caller may see it (a coordinator: only within their units). */
  async get(id: number, principal: Principal): Promise<RegistrationView> {
    const view = await this.registrations.findView(id);
    if (!view) throw RegistrationErrors.notFound(id);
    await this.assertVisible(view, principal);
    return view;
  }

  async update(
    id: number,
    dto: UpdateRegistrationDto,
    principal: Principal,
  ): Promise<RegistrationView> {
    if (dto.status === undefined && dto.outOfCompetition === undefined) {
      throw RegistrationErrors.nothingToUpdate();
    }
    await this.get(id, principal);
    await this.unitOfWork.run(async (manager) => {
      const registration = await this.registrations.findById(id, manager);
      if (!registration) throw RegistrationErrors.notFound(id);
      const contest = await this.contests.get(registration.contestId, manager);
      const stage = stageOf(contest);
      const now = new Date();
      const changes: RegistrationChanges = {};
      if (dto.status !== undefined) {
        const issue = checkStatusChange(
          {
            role: principal.role,
            from: registration.status,
            to: dto.status,
            reason: dto.reason,
            selfRegistered: registration.selfRegistered,
          },
          stage,
        );
        if (issue) throw RegistrationErrors.rule(issue, kindOf(issue.code));
        // A self-registration for a person on record in another unit is a transfer request
        // (Enrolment.ownRecords): moving someone between units stays the organizer's decision.
        if (
          principal.role === 'UNIT_COORDINATOR' &&
          dto.status === 'APPROVED' &&
          (await this.registrations.claimsAmong(manager, [id])).length > 0
        ) {
          throw RegistrationErrors.transferNeedsOrganizer(id);
        }
        if (dto.status !== registration.status || dto.status === 'REJECTED') {
          Object.assign(changes, decision(dto.status, dto.reason, principal.userId, now));
        }
      }
      if (dto.outOfCompetition !== undefined) {
        const issue = checkOutOfCompetitionChange(principal.role, stage);
        if (issue) throw RegistrationErrors.rule(issue, kindOf(issue.code));
        changes.outOfCompetition = dto.outOfCompetition;
      }
      if (changes.status === 'APPROVED') await this.transfers.settle(manager, [id], now);
      if (Object.keys(changes).length > 0) {
        await this.registrations.update(manager, id, changes, now);
      }
      if (changes.status === 'APPROVED') await this.cancelDraw(manager, contest, now);
    });
    return (await this.registrations.findView(id))!;
  }

  /**
   * The organizer's decision on many registrations at once (approving a city's 40,000 entries one
   * by one is not a job for a person). All or nothing: one that may not change refuses the lot.
   */
  async decideMany(
    contestId: number,
    dto: BulkDecisionDto,
    principal: Principal,
  ): Promise<{ changed: number; unchanged: number }> {
    if ((dto.ids === undefined) === (dto.allPending !== true)) {
      throw RegistrationErrors.rule(
        {
          code: 'DECISION_TARGET_REQUIRED',
          path: 'ids',
          message: 'Send either ids or allPending: true',
        },
        'INVALID',
      );
    }
    return this.unitOfWork.run(async (manager) => {
      const contest = await this.contests.get(contestId, manager);
      const stage = stageOf(contest);
      const ids = dto.allPending
        ? await this.registrations.idsWithStatus(manager, contestId, ['PENDING'])
        : [...new Set(dto.ids)];
      const current = await this.registrations.statusesOf(manager, contestId, ids);
      const missing = ids.filter((id) => !current.has(id));
      if (missing.length > 0) {
        throw RegistrationErrors.rule(
          {
            code: 'REGISTRATION_NOT_FOUND',
            path: 'ids',
            message: `Not registrations of contest ${contestId}: ${missing.slice(0, 20).join(', ')}`,
          },
          'INVALID',
        );
      }
      const toChange: number[] = [];
      for (const [id, from] of current) {
        const issue = checkStatusChange(
          { role: principal.role, from, to: dto.status, reason: dto.reason },
          stage,
        );
        if (issue) {
          throw RegistrationErrors.rule(
            { ...issue, message: `Registration ${id}: ${issue.message}` },
            kindOf(issue.code),
          );
        }
        if (from !== dto.status) toChange.push(id);
      }
      const now = new Date();
      if (dto.status === 'APPROVED') await this.transfers.settle(manager, toChange, now);
      await this.registrations.updateMany(
        manager,
        toChange,
        decision(dto.status, dto.reason, principal.userId, now),
        now,
      );
      if (dto.status === 'APPROVED' && toChange.length > 0) {
        await this.cancelDraw(manager, contest, now);
      }
      return { changed: toChange.length, unchanged: ids.length - toChange.length };
    });
  }

  /**
   * A registration approved after the draw has no station or code yet, so the draw no longer
   * covers the field: it is marked undone and must be run again (before scoring starts).
   */
  private async cancelDraw(manager: EntityManager, contest: Contest, now: Date): Promise<void> {
    if (contest.drawnAt === null) return;
    const updated = await this.contests.updateIfVersion(
      manager,
      contest.id,
      contest.version,
      { drawnAt: null },
      now,
    );
    if (!updated) throw ContestErrors.staleVersion(contest.version, contest.version + 1);
  }

  private async assertVisible(view: RegistrationView, principal: Principal): Promise<void> {
    const actor = await this.actor(principal);
    if (!actor.scope) return;
    const unit = await this.units.findById(view.unit.id);
    // Not 403: a coordinator should not learn which registration ids exist elsewhere.
    if (!unit || !unit.path.startsWith(actor.scope.path))
      throw RegistrationErrors.notFound(view.id);
  }
}

function decision(
  status: RegistrationStatus,
  reason: string | undefined,
  userId: number,
  at: Date,
): RegistrationChanges {
  return {
    status,
    rejectReason: status === 'REJECTED' ? (reason?.trim() ?? null) : null,
    decidedBy: userId,
    decidedAt: at,
  };
}

function kindOf(code: string): 'CONFLICT' | 'FORBIDDEN' | 'INVALID' {
  if (code === 'REGISTRATION_DECISION_FORBIDDEN') return 'FORBIDDEN';
  if (code === 'REJECT_REASON_REQUIRED' || code === 'REGISTRATION_STATUS_INVALID') return 'INVALID';
  return 'CONFLICT';
}
