import { Injectable } from '@nestjs/common';
import type { Principal } from '../common/auth/principal';
import { CompetitionErrors } from '../competitions/competitions.errors';
import { UnitOfWork } from '../database/unit-of-work';
import type { GrantChange } from './grants.entity';
import { GrantErrors } from './grants.errors';
import { GrantsRepository, type GrantWithUnit } from './grants.repository';
import { checkGrants, checkReport } from './grants.rules';
import { Grant } from './rounds.entities';

/**
 * The federation's grants to units for their grassroots contests (专项资金) and the units' reports
 * of use (docs/statistics.md "Grants"). Amounts are whole fen; every change is kept with who and
 * when in grant_changes.
 */
@Injectable()
export class GrantsService {
  constructor(
    private readonly grants: GrantsRepository,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  private async competition(id: number): Promise<void> {
    if (!(await this.grants.competitionExists(id))) throw CompetitionErrors.notFound(id);
  }

  /** A coordinator's unit path (their subtree); undefined for an organizer (everything). */
  private async scope(user: Principal): Promise<string | undefined> {
    if (user.role === 'ORGANIZER') return undefined;
    const unit = user.unitId === null ? null : await this.grants.unit(user.unitId);
    // A coordinator without a unit sees nothing: a path no unit has.
    return unit?.path ?? '/none/';
  }

  /** Organizers: every grant; coordinators: their unit's and the units' below it. */
  async list(competitionId: number, user: Principal): Promise<GrantWithUnit[]> {
    await this.competition(competitionId);
    return this.grants.grantsWithUnits(competitionId, await this.scope(user));
  }

  /**
   * Replaces the competition's grants by the body, all or nothing: any problem in any row refuses
   * the whole body (400 GRANTS_INVALID, every problem listed) and changes nothing.
   */
  async replace(competitionId: number, body: unknown, user: Principal): Promise<GrantWithUnit[]> {
    await this.competition(competitionId);
    const unitIds = Array.isArray(body)
      ? body.flatMap((row: unknown) => {
          const id = (row as { unitId?: unknown } | null)?.unitId;
          return typeof id === 'number' && Number.isSafeInteger(id) && id > 0 ? [id] : [];
        })
      : [];
    const existing = await this.grants.existingUnitIds(unitIds);
    await this.unitOfWork.run(async (manager) => {
      await this.grants.lockCompetition(manager, competitionId);
      const stored = await this.grants.grants(competitionId, manager);
      const { issues, rows } = checkGrants(body, (id) => existing.has(id), stored);
      if (issues.length > 0) throw GrantErrors.invalid(issues);
      const at = new Date();
      const byUnit = new Map(stored.map((g) => [g.unitId, g]));
      const changes: Omit<GrantChange, 'id'>[] = [];
      const saved: Grant[] = [];
      for (const row of rows) {
        const before = byUnit.get(row.unitId);
        const next = {
          amountFen: row.amountFen,
          usedFen: row.usedFen === undefined ? (before?.usedFen ?? null) : row.usedFen,
          report: row.report === undefined ? (before?.report ?? null) : row.report,
        };
        if (
          before &&
          before.amountFen === next.amountFen &&
          before.usedFen === next.usedFen &&
          before.report === next.report
        )
          continue;
        saved.push(
          Object.assign(before ?? new Grant(), {
            competitionId,
            unitId: row.unitId,
            ...next,
            updatedAt: at,
            updatedBy: user.userId,
          }),
        );
        changes.push({
          competitionId,
          unitId: row.unitId,
          kind: 'SET',
          ...next,
          at,
          byUserId: user.userId,
        });
      }
      const listed = new Set(rows.map((r) => r.unitId));
      const removed = stored.filter((g) => !listed.has(g.unitId));
      for (const g of removed) {
        changes.push({
          competitionId,
          unitId: g.unitId,
          kind: 'REMOVE',
          amountFen: null,
          usedFen: null,
          report: null,
          at,
          byUserId: user.userId,
        });
      }
      await this.grants.remove(
        manager,
        removed.map((g) => g.id),
      );
      await this.grants.save(manager, saved);
      await this.grants.record(manager, changes);
    });
    return this.grants.grantsWithUnits(competitionId);
  }

  /**
   * A unit's report of its use of the grant: by a coordinator of the unit or a unit above it, or an
   * organizer. `used` may not exceed the grant (400 GRANTS_INVALID, GRANT_USED_OVER_AMOUNT).
   */
  async report(
    competitionId: number,
    unitId: number,
    body: unknown,
    user: Principal,
  ): Promise<GrantWithUnit> {
    await this.competition(competitionId);
    const scope = await this.scope(user);
    const unit = await this.grants.unit(unitId);
    if (scope !== undefined && (!unit || !unit.path.startsWith(scope)))
      throw GrantErrors.outOfScope(unitId);
    await this.unitOfWork.run(async (manager) => {
      await this.grants.lockCompetition(manager, competitionId);
      const grant = await this.grants.grant(competitionId, unitId, manager);
      if (!grant) throw GrantErrors.notFound(competitionId, unitId);
      const { issues, usedFen, report } = checkReport(body, grant.amountFen);
      if (issues.length > 0) throw GrantErrors.invalid(issues);
      const at = new Date();
      Object.assign(grant, { usedFen, report, updatedAt: at, updatedBy: user.userId });
      await this.grants.save(manager, [grant]);
      await this.grants.record(manager, [
        {
          competitionId,
          unitId,
          kind: 'REPORT',
          amountFen: grant.amountFen,
          usedFen,
          report,
          at,
          byUserId: user.userId,
        },
      ]);
    });
    const [saved] = (await this.grants.grantsWithUnits(competitionId, unit!.path)).filter(
      (g) => g.unitId === unitId,
    );
    return saved;
  }

  async changes(competitionId: number): Promise<GrantChange[]> {
    await this.competition(competitionId);
    return this.grants.changes(competitionId);
  }
}
