import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In, SelectQueryBuilder } from 'typeorm';
import { PersonalDataCipher } from '../common/personal-data/personal-data-cipher';
import { Contest } from '../contests/contest.entity';
import { positional } from '../database/positional';
import { Trade } from '../trades/trade.entity';
import { Unit } from '../units/unit.entity';
import { Worker } from '../workers/worker.entity';
import { Registration, RegistrationStatus } from './registration.entity';

export type NewRegistration = Omit<Registration, 'id'>;
export type RegistrationChanges = Partial<
  Pick<
    Registration,
    | 'status'
    | 'unitId'
    | 'rejectReason'
    | 'outOfCompetition'
    | 'decidedBy'
    | 'decidedAt'
    | 'feederRegistrationId'
    | 'carriedTotalCenti'
  >
>;

/** A registration with its worker and unit, as lists and exports show it (unmasked: callers mask). */
export interface RegistrationView {
  id: number;
  contestId: number;
  status: RegistrationStatus;
  rejectReason: string | null;
  outOfCompetition: boolean;
  /** Entered by the worker from the public page (自主报名). */
  selfRegistered: boolean;
  stationNo: number | null;
  blindCode: string | null;
  createdAt: string;
  updatedAt: string;
  decidedAt: string | null;
  worker: {
    id: number;
    name: string;
    gender: 'M' | 'F';
    birthDate: string;
    /** Null once the worker was anonymised after the retention period. */
    idNumber: string | null;
    phone: string | null;
  };
  unit: { id: number; code: string; name: string };
  /**
   * A transfer request (organizers only): the worker on record with this ID number, in a unit
   * outside the coordinator's who entered it. Approval merges the entry into that record.
   */
  transferFrom: {
    workerId: number;
    name: string;
    unit: { id: number; code: string; name: string };
  } | null;
}

export interface RegistrationFilter {
  /** Only units whose path starts with this (a coordinator's subtree, or a chosen unit's). */
  unitPathPrefix?: string;
  status?: RegistrationStatus;
  /** Part of the name, or the last 4+ characters of the ID number. */
  q?: string;
  drawnOnly?: boolean;
}

/** A registration of a worker, with what the one-trade rule needs of its contest. */
export interface OtherEntry {
  workerId: number;
  registrationId: number;
  contestId: number;
  competitionId: number;
  status: RegistrationStatus;
  tradeId: number;
  tradeCode: string;
  tradeName: string;
  /** The contest's round in its trade's funnel (1 = first round). */
  round: number;
  allowMultipleEntries: boolean;
}

interface ViewRow {
  id: number;
  contestId: number;
  status: RegistrationStatus;
  rejectReason: string | null;
  outOfCompetition: boolean | number;
  selfRegistered: boolean | number;
  stationNo: number | null;
  blindCode: string | null;
  createdAt: string;
  updatedAt: string;
  decidedAt: string | null;
  workerId: number;
  workerName: string;
  gender: 'M' | 'F';
  birthDate: string;
  idNumberEnc: string | null;
  phoneEnc: string | null;
  unitId: number;
  unitCode: string;
  unitName: string;
  recordId: number | null;
  recordName: string | null;
  recordUnitId: number | null;
  recordUnitCode: string | null;
  recordUnitName: string | null;
}

const ACTIVE: RegistrationStatus[] = ['PENDING', 'APPROVED'];

@Injectable()
export class RegistrationsRepository {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cipher: PersonalDataCipher,
  ) {}

  findById(
    id: number,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Registration | null> {
    return manager.getRepository(Registration).findOneBy({ id });
  }

  findByIds(manager: EntityManager, ids: number[]): Promise<Registration[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return manager.getRepository(Registration).findBy({ id: In(ids) });
  }

  /** A final's registrations that came from advancement, and those of these workers. */
  findFinalists(
    manager: EntityManager,
    contestId: number,
    workerIds: number[],
  ): Promise<Registration[]> {
    const query = manager
      .createQueryBuilder(Registration, 'r')
      .where('r.contestId = :contestId', { contestId });
    if (workerIds.length === 0) query.andWhere('r.feederRegistrationId IS NOT NULL');
    else {
      query.andWhere('(r.feederRegistrationId IS NOT NULL OR r.workerId IN (:...workerIds))', {
        workerIds,
      });
    }
    return query.orderBy('r.id').getMany();
  }

  findInContest(
    manager: EntityManager,
    contestId: number,
    workerIds: number[],
  ): Promise<Registration[]> {
    if (workerIds.length === 0) return Promise.resolve([]);
    return manager.getRepository(Registration).findBy({ contestId, workerId: In(workerIds) });
  }

  /** Active (pending or approved) entries of these workers in the competition's other contests. */
  findActiveElsewhere(
    manager: EntityManager,
    competitionId: number,
    contestId: number,
    workerIds: number[],
  ): Promise<OtherEntry[]> {
    if (workerIds.length === 0) return Promise.resolve([]);
    return entries(
      manager
        .createQueryBuilder(Registration, 'r')
        .where('r.competitionId = :competitionId', { competitionId })
        .andWhere('r.contestId <> :contestId', { contestId })
        .andWhere('r.workerId IN (:...workerIds)', { workerIds })
        .andWhere('r.status IN (:...active)', { active: ACTIVE }),
    );
  }

  /** Every registration of these workers, in any status and competition. */
  entriesOf(manager: EntityManager, workerIds: number[]): Promise<OtherEntry[]> {
    if (workerIds.length === 0) return Promise.resolve([]);
    return entries(
      manager
        .createQueryBuilder(Registration, 'r')
        .where('r.workerId IN (:...workerIds)', { workerIds }),
    );
  }

  /** The transfer requests' worker rows (Worker.claimOf) among these registrations' workers. */
  async claimsAmong(manager: EntityManager, registrationIds: number[]): Promise<number[]> {
    const claims = new Set<number>();
    for (let i = 0; i < registrationIds.length; i += 500) {
      const rows = await manager
        .createQueryBuilder(Registration, 'r')
        .innerJoin(Worker, 'w', 'w.id = r.workerId')
        .select('DISTINCT w.id', 'id')
        .where('r.id IN (:...ids)', { ids: registrationIds.slice(i, i + 500) })
        .andWhere('w.claimOf IS NOT NULL')
        .getRawMany<{ id: number }>();
      for (const row of rows) claims.add(Number(row.id));
    }
    return [...claims];
  }

  /** Hands every registration of one worker row to another (a transfer request's merge). */
  async moveToWorker(manager: EntityManager, from: number, to: number, at: Date): Promise<void> {
    await manager
      .getRepository(Registration)
      .update({ workerId: from }, { workerId: to, updatedAt: at });
  }

  async insertMissing(manager: EntityManager, rows: NewRegistration[]): Promise<void> {
    if (rows.length === 0) return;
    await manager
      .createQueryBuilder()
      .insert()
      .into(Registration)
      .values(rows)
      .orIgnore()
      .updateEntity(false)
      .execute();
  }

  async update(
    manager: EntityManager,
    id: number,
    changes: RegistrationChanges,
    at: Date,
  ): Promise<void> {
    await manager.getRepository(Registration).update({ id }, { ...changes, updatedAt: at });
  }

  /** Applies one decision to many registrations at once; returns how many changed. */
  async updateMany(
    manager: EntityManager,
    ids: number[],
    changes: RegistrationChanges,
    at: Date,
  ): Promise<number> {
    let changed = 0;
    for (let i = 0; i < ids.length; i += 500) {
      const result = await manager
        .getRepository(Registration)
        .update({ id: In(ids.slice(i, i + 500)) }, { ...changes, updatedAt: at });
      changed += result.affected ?? 0;
    }
    return changed;
  }

  async countByStatus(
    contestId: number,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Record<RegistrationStatus, number>> {
    const rows = await manager
      .createQueryBuilder(Registration, 'r')
      .select('r.status', 'status')
      .addSelect('COUNT(*)', 'count')
      .where('r.contestId = :contestId', { contestId })
      .groupBy('r.status')
      .getRawMany<{ status: RegistrationStatus; count: string | number }>();
    const counts = { PENDING: 0, APPROVED: 0, REJECTED: 0, WITHDRAWN: 0 };
    for (const row of rows) counts[row.status] = Number(row.count);
    return counts;
  }

  /** The current status of each of these registrations of the contest (ids of others are left out). */
  async statusesOf(
    manager: EntityManager,
    contestId: number,
    ids: number[],
  ): Promise<Map<number, RegistrationStatus>> {
    const statuses = new Map<number, RegistrationStatus>();
    for (let i = 0; i < ids.length; i += 500) {
      const rows = await manager.getRepository(Registration).find({
        select: { id: true, status: true },
        where: { contestId, id: In(ids.slice(i, i + 500)) },
      });
      for (const row of rows) statuses.set(row.id, row.status);
    }
    return statuses;
  }

  /** Ids of the contest's registrations in one status, optionally limited to a set of ids. */
  async idsWithStatus(
    manager: EntityManager,
    contestId: number,
    statuses: RegistrationStatus[],
  ): Promise<number[]> {
    const rows = await manager
      .createQueryBuilder(Registration, 'r')
      .select('r.id', 'id')
      .where('r.contestId = :contestId', { contestId })
      .andWhere('r.status IN (:...statuses)', { statuses })
      .orderBy('r.id')
      .getRawMany<{ id: number }>();
    return rows.map((r) => Number(r.id));
  }

  /**
   * Replaces the contest's draw: clears every station and code, then sets the given ones, in
   * statements of 400 rows (CASE … WHEN), which runs unchanged on SQLite and PostgreSQL.
   */
  async replaceDraw(
    manager: EntityManager,
    contestId: number,
    assignments: Array<{ id: number; stationNo: number; code: string }>,
    at: Date,
  ): Promise<void> {
    await manager
      .getRepository(Registration)
      .update({ contestId }, { stationNo: null, blindCode: null });
    const table = manager.connection.getMetadata(Registration).tableName;
    for (let i = 0; i < assignments.length; i += 400) {
      const chunk = assignments.slice(i, i + 400);
      const params: unknown[] = [];
      const station = chunk.map((a) => {
        params.push(a.id, a.stationNo);
        return 'WHEN ? THEN CAST(? AS INTEGER)';
      });
      const code = chunk.map((a) => {
        params.push(a.id, a.code);
        return 'WHEN ? THEN ?';
      });
      params.push(at.toISOString(), contestId, ...chunk.map((a) => a.id));
      const sql =
        `UPDATE ${table} SET station_no = CASE id ${station.join(' ')} END, ` +
        `blind_code = CASE id ${code.join(' ')} END, updated_at = ? ` +
        `WHERE contest_id = ? AND id IN (${chunk.map(() => '?').join(',')})`;
      await manager.query(...positional(manager.connection, sql, params));
    }
  }

  async findView(id: number): Promise<RegistrationView | null> {
    const row = await this.viewQuery(this.dataSource.manager)
      .where('r.id = :id', { id })
      .getRawOne<ViewRow>();
    return row ? this.toView(row) : null;
  }

  /** One page of a contest's registrations (or all of them when `page` is undefined), and the total. */
  async list(
    contestId: number,
    filter: RegistrationFilter,
    order: 'id' | 'station',
    page?: { offset: number; limit: number },
  ): Promise<{ rows: RegistrationView[]; total: number }> {
    const query = this.viewQuery(this.dataSource.manager).where('r.contestId = :contestId', {
      contestId,
    });
    await this.applyFilter(query, filter);
    const total = await query.clone().select('COUNT(*)', 'n').getRawOne<{ n: string | number }>();
    if (order === 'station') query.orderBy('r.stationNo', 'ASC', 'NULLS LAST');
    query.addOrderBy('r.id', 'ASC');
    if (page) query.offset(page.offset).limit(page.limit);
    const rows = await query.getRawMany<ViewRow>();
    return { rows: rows.map((row) => this.toView(row)), total: Number(total?.n ?? 0) };
  }

  private async applyFilter(
    query: SelectQueryBuilder<Registration>,
    filter: RegistrationFilter,
  ): Promise<void> {
    if (filter.unitPathPrefix !== undefined) {
      query.andWhere('u.path LIKE :prefix', { prefix: `${filter.unitPathPrefix}%` });
    }
    if (filter.status !== undefined)
      query.andWhere('r.status = :status', { status: filter.status });
    if (filter.drawnOnly) query.andWhere('r.stationNo IS NOT NULL');
    if (filter.q !== undefined && filter.q !== '') {
      const escaped = filter.q.replace(/[\\%_]/g, (c) => `\\${c}`);
      if (/^[0-9Xx]{4,18}$/.test(filter.q)) {
        await this.whereIdNumberEndsWith(query, filter.q.toUpperCase());
      } else {
        query.andWhere("w.name LIKE :name ESCAPE '\\'", { name: `%${escaped}%` });
      }
    }
  }

  /**
   * The ID numbers are encrypted, so a suffix is found through the keyed hash of the last 4
   * characters (what the masked lists show). A longer suffix narrows those few candidates (about
   * one in ten thousand workers shares a tail) by decrypting them, then filters by their ids, so
   * that counting and paging stay in SQL.
   */
  private async whereIdNumberEndsWith(
    query: SelectQueryBuilder<Registration>,
    suffix: string,
  ): Promise<void> {
    const tail = this.cipher.hash('id_number_tail', suffix.slice(-4));
    if (suffix.length === 4) {
      query.andWhere('w.idNumberTail = :tail', { tail });
      return;
    }
    const candidates = await this.dataSource
      .getRepository(Worker)
      .createQueryBuilder('w')
      .select('w.id', 'id')
      .addSelect('w.idNumberEnc', 'idNumberEnc')
      .where('w.idNumberTail = :tail', { tail })
      .getRawMany<{ id: number; idNumberEnc: string }>();
    const ids = candidates
      .filter((c) => this.cipher.decrypt('id_number', c.idNumberEnc).endsWith(suffix))
      .map((c) => Number(c.id));
    if (ids.length === 0) query.andWhere('1 = 0');
    else query.andWhere('w.id IN (:...suffixIds)', { suffixIds: ids });
  }

  private viewQuery(manager: EntityManager): SelectQueryBuilder<Registration> {
    return manager
      .createQueryBuilder(Registration, 'r')
      .innerJoin(Worker, 'w', 'w.id = r.workerId')
      .innerJoin(Unit, 'u', 'u.id = r.unitId')
      .select('r.id', 'id')
      .addSelect('r.contestId', 'contestId')
      .addSelect('r.status', 'status')
      .addSelect('r.rejectReason', 'rejectReason')
      .addSelect('r.outOfCompetition', 'outOfCompetition')
      .addSelect('r.selfRegistered', 'selfRegistered')
      .addSelect('r.stationNo', 'stationNo')
      .addSelect('r.blindCode', 'blindCode')
      .addSelect('r.createdAt', 'createdAt')
      .addSelect('r.updatedAt', 'updatedAt')
      .addSelect('r.decidedAt', 'decidedAt')
      .addSelect('w.id', 'workerId')
      .addSelect('w.name', 'workerName')
      .addSelect('w.gender', 'gender')
      .addSelect('w.birthDate', 'birthDate')
      .addSelect('w.idNumberEnc', 'idNumberEnc')
      .addSelect('w.phoneEnc', 'phoneEnc')
      .addSelect('u.id', 'unitId')
      .addSelect('u.code', 'unitCode')
      .addSelect('u.name', 'unitName')
      .leftJoin(Worker, 'rec', 'rec.id = w.claimOf')
      .leftJoin(Unit, 'ru', 'ru.id = rec.unitId')
      .addSelect('rec.id', 'recordId')
      .addSelect('rec.name', 'recordName')
      .addSelect('ru.id', 'recordUnitId')
      .addSelect('ru.code', 'recordUnitCode')
      .addSelect('ru.name', 'recordUnitName');
  }

  private toView(row: ViewRow): RegistrationView {
    return toView(row, {
      idNumber: this.cipher.decryptNullable('id_number', row.idNumberEnc),
      phone: this.cipher.decryptNullable('phone', row.phoneEnc),
    });
  }
}

function toView(
  row: ViewRow,
  clear: { idNumber: string | null; phone: string | null },
): RegistrationView {
  return {
    id: Number(row.id),
    contestId: Number(row.contestId),
    status: row.status,
    rejectReason: row.rejectReason,
    outOfCompetition: Boolean(row.outOfCompetition),
    selfRegistered: Boolean(row.selfRegistered),
    stationNo: row.stationNo === null ? null : Number(row.stationNo),
    blindCode: row.blindCode,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    decidedAt: row.decidedAt,
    worker: {
      id: Number(row.workerId),
      name: row.workerName,
      gender: row.gender,
      birthDate: row.birthDate,
      idNumber: clear.idNumber,
      phone: clear.phone,
    },
    unit: { id: Number(row.unitId), code: row.unitCode, name: row.unitName },
    transferFrom:
      row.recordId === null
        ? null
        : {
            workerId: Number(row.recordId),
            name: row.recordName!,
            unit: {
              id: Number(row.recordUnitId),
              code: row.recordUnitCode!,
              name: row.recordUnitName!,
            },
          },
  };
}

async function entries(query: SelectQueryBuilder<Registration>): Promise<OtherEntry[]> {
  const rows = await query
    .innerJoin(Contest, 'c', 'c.id = r.contestId')
    .innerJoin(Trade, 't', 't.id = c.tradeId')
    .select('r.workerId', 'workerId')
    .addSelect('r.id', 'registrationId')
    .addSelect('r.contestId', 'contestId')
    .addSelect('r.competitionId', 'competitionId')
    .addSelect('r.status', 'status')
    .addSelect('c.tradeId', 'tradeId')
    .addSelect('c.round', 'round')
    .addSelect('t.code', 'tradeCode')
    .addSelect('t.name', 'tradeName')
    .addSelect('c.allowMultipleEntries', 'allowMultipleEntries')
    .orderBy('r.id')
    .getRawMany<OtherEntry & { allowMultipleEntries: boolean | number }>();
  return rows.map((r) => ({
    ...r,
    workerId: Number(r.workerId),
    registrationId: Number(r.registrationId),
    contestId: Number(r.contestId),
    competitionId: Number(r.competitionId),
    tradeId: Number(r.tradeId),
    round: Number(r.round),
    allowMultipleEntries: Boolean(r.allowMultipleEntries),
  }));
}
