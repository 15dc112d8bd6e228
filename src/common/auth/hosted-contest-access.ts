import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Principal } from './principal';

/** What a route parameter names, from which the contest it acts on is found (docs/security.md). */
export type ContestRef = 'contest' | 'registration' | 'objection' | 'certificate';

/**
 * How a unit coordinator stands to a contest:
 * - HOST: their unit is the contest's host unit or above it — they organise it;
 * - INSIDE: their unit is below the host unit — they see it and enter their own workers;
 * - OUTSIDE: the contest is hosted by a unit that is neither — to them it does not exist;
 * - UNHOSTED: the organizers run it — today's rules apply.
 */
export type HostRelation = 'HOST' | 'INSIDE' | 'OUTSIDE' | 'UNHOSTED';

/** True when the unit at `path` is the unit at `ancestorPath` or below it (paths are `/1/4/9/`). */
export const withinPath = (path: string, ancestorPath: string): boolean =>
  path.startsWith(ancestorPath);

export function relationOf(hostPath: string | null, coordinatorPath: string | null): HostRelation {
  if (hostPath === null) return 'UNHOSTED';
  if (coordinatorPath === null) return 'OUTSIDE';
  if (withinPath(hostPath, coordinatorPath)) return 'HOST';
  if (withinPath(coordinatorPath, hostPath)) return 'INSIDE';
  return 'OUTSIDE';
}

const MAX_ID = 2147483647;

const LOOKUP: Record<Exclude<ContestRef, 'contest'>, { table: string; column: string }> = {
  registration: { table: 'registrations', column: 'id' },
  objection: { table: 'objections', column: 'id' },
  certificate: { table: 'certificates', column: 'serial' },
};

/**
 * Hosted contests (承办): who a unit coordinator is to a contest, read from the database on every
 * request like the caller's role. Reads tables by name only, so the guard and any feature may use
 * it without importing another feature (docs/security.md "Hosted contests").
 */
@Injectable()
export class HostedContestAccess {
  constructor(private readonly dataSource: DataSource) {}

  /** The contest a route parameter names; null when there is none (or the value is malformed). */
  async contestOf(ref: ContestRef, value: unknown): Promise<number | null> {
    if (typeof value !== 'string' || value.length === 0 || value.length > 64) return null;
    // Ids as the id pipe takes them (1 to 2^31 - 1): a larger number must not reach PostgreSQL.
    const id = /^[1-9][0-9]{0,9}$/.test(value) && Number(value) <= MAX_ID ? Number(value) : null;
    if (ref === 'contest') return id;
    const { table, column } = LOOKUP[ref];
    if (column === 'id' && id === null) return null;
    const row = await this.dataSource
      .createQueryBuilder()
      .select('t.contest_id', 'contestId')
      .from(table, 't')
      .where(`t.${column} = :value`, { value: column === 'id' ? id : value })
      .getRawOne<{ contestId: number | string }>();
    return row ? Number(row.contestId) : null;
  }

  /** The contest's host unit and its path; undefined when the contest does not exist. */
  async hostOf(contestId: number): Promise<{ unitId: number; path: string } | null | undefined> {
    const row = await this.dataSource
      .createQueryBuilder()
      .select('c.host_unit_id', 'unitId')
      .addSelect('u.path', 'path')
      .from('contests', 'c')
      .leftJoin('units', 'u', 'u.id = c.host_unit_id')
      .where('c.id = :contestId', { contestId })
      .getRawOne<{ unitId: number | string | null; path: string | null }>();
    if (!row) return undefined;
    if (row.unitId === null || row.path === null) return null;
    return { unitId: Number(row.unitId), path: row.path };
  }

  async unitPath(unitId: number | null): Promise<string | null> {
    if (unitId === null) return null;
    const row = await this.dataSource
      .createQueryBuilder()
      .select('u.path', 'path')
      .from('units', 'u')
      .where('u.id = :unitId', { unitId })
      .getRawOne<{ path: string }>();
    return row?.path ?? null;
  }

  /** How a unit coordinator stands to a contest (undefined: no such contest). */
  async relation(
    contestId: number,
    coordinatorUnitId: number | null,
  ): Promise<HostRelation | undefined> {
    const host = await this.hostOf(contestId);
    if (host === undefined) return undefined;
    if (host === null) return 'UNHOSTED';
    return relationOf(host.path, await this.unitPath(coordinatorUnitId));
  }

  /** Whether the caller organises the contest: an organizer, or a coordinator of its host unit or above. */
  async organises(contestId: number, principal: Principal): Promise<boolean> {
    if (principal.role === 'ORGANIZER') return true;
    if (principal.role !== 'UNIT_COORDINATOR') return false;
    return (await this.relation(contestId, principal.unitId)) === 'HOST';
  }

  /**
   * Of these contests, those the caller may see in a list: all of them for organizers and judges;
   * for a unit coordinator, all but those hosted by a unit neither above nor below their own.
   */
  async visible(contestIds: number[], principal: Principal): Promise<Set<number>> {
    if (principal.role !== 'UNIT_COORDINATOR' || contestIds.length === 0)
      return new Set(contestIds);
    const rows = await this.dataSource
      .createQueryBuilder()
      .select('c.id', 'id')
      .addSelect('u.path', 'path')
      .from('contests', 'c')
      .leftJoin('units', 'u', 'u.id = c.host_unit_id')
      .where('c.id IN (:...contestIds)', { contestIds })
      .getRawMany<{ id: number | string; path: string | null }>();
    const mine = await this.unitPath(principal.unitId);
    return new Set(
      rows.filter((r) => relationOf(r.path, mine) !== 'OUTSIDE').map((r) => Number(r.id)),
    );
  }
}
