import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { PersonalDataCipher } from '../common/personal-data/personal-data-cipher';
import { Registration } from '../registrations/registration.entity';
import { Unit } from '../units/unit.entity';
import { User } from '../users/user.entity';
import { Worker } from '../workers/worker.entity';
import { ContestJudge, JudgeConflict } from './judging.entities';

/** A judge of the contest with what the conflict rule needs: their unit's path. */
export interface PanelMember {
  userId: number;
  username: string;
  displayName: string;
  chief: boolean;
  criterionKeys: string[];
  onConflict: ContestJudge['onConflict'];
  unitPath: string | null;
}

/** One contestant as judging sees it: by code, with the unit path the conflict rule needs. */
export interface FieldEntry {
  registrationId: number;
  code: string | null;
  stationNo: number | null;
  workerId: number;
  unitPath: string;
  status: Registration['status'];
  attendance: Registration['attendance'];
  timeSeconds: number | null;
}

@Injectable()
export class JudgesRepository {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cipher: PersonalDataCipher,
  ) {}

  find(
    contestId: number,
    userId: number,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ContestJudge | null> {
    return manager.getRepository(ContestJudge).findOneBy({ contestId, userId });
  }

  async insert(manager: EntityManager, judge: Omit<ContestJudge, 'id'>): Promise<ContestJudge> {
    const repo = manager.getRepository(ContestJudge);
    return repo.save(repo.create(judge));
  }

  async remove(manager: EntityManager, contestId: number, userId: number): Promise<void> {
    await manager.getRepository(JudgeConflict).delete({ contestId, judgeId: userId });
    await manager.getRepository(ContestJudge).delete({ contestId, userId });
  }

  async panel(
    contestId: number,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<PanelMember[]> {
    const rows = await manager
      .createQueryBuilder(ContestJudge, 'j')
      .innerJoin(User, 'u', 'u.id = j.userId')
      .leftJoin(Unit, 'unit', 'unit.id = u.unitId')
      .select('j.userId', 'userId')
      .addSelect('u.username', 'username')
      .addSelect('u.displayName', 'displayName')
      .addSelect('j.chief', 'chief')
      .addSelect('j.criterionKeys', 'criterionKeys')
      .addSelect('j.onConflict', 'onConflict')
      .addSelect('unit.path', 'unitPath')
      .where('j.contestId = :contestId', { contestId })
      .orderBy('j.id')
      .getRawMany<
        Omit<PanelMember, 'criterionKeys' | 'chief'> & {
          criterionKeys: string;
          chief: boolean | number;
        }
      >();
    return rows.map((r) => ({
      ...r,
      userId: Number(r.userId),
      chief: Boolean(r.chief),
      criterionKeys: JSON.parse(r.criterionKeys) as string[],
    }));
  }

  /** Declared conflicts of the contest: judge → the workers they must not score. */
  async declaredConflicts(
    contestId: number,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Map<number, Set<number>>> {
    const rows = await manager
      .getRepository(JudgeConflict)
      .find({ select: { judgeId: true, workerId: true }, where: { contestId } });
    const conflicts = new Map<number, Set<number>>();
    for (const { judgeId, workerId } of rows) {
      conflicts.set(judgeId, (conflicts.get(judgeId) ?? new Set()).add(workerId));
    }
    return conflicts;
  }

  async declareConflict(
    manager: EntityManager,
    conflict: Omit<JudgeConflict, 'id'>,
  ): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(JudgeConflict)
      .values(conflict)
      .orIgnore()
      .updateEntity(false)
      .execute();
    return (result.raw as unknown) !== undefined;
  }

  /**
   * The contest's entries that judging can see: approved (and, for the record, withdrawn after
   * the draw) registrations, with their codes and units' paths. `codes` narrows to those codes.
   */
  async field(
    contestId: number,
    options: { codes?: string[]; approvedOnly?: boolean } = {},
    manager: EntityManager = this.dataSource.manager,
  ): Promise<FieldEntry[]> {
    const query = manager
      .createQueryBuilder(Registration, 'r')
      .innerJoin(Unit, 'u', 'u.id = r.unitId')
      .select('r.id', 'registrationId')
      .addSelect('r.blindCode', 'code')
      .addSelect('r.stationNo', 'stationNo')
      .addSelect('r.workerId', 'workerId')
      .addSelect('u.path', 'unitPath')
      .addSelect('r.status', 'status')
      .addSelect('r.timeSeconds', 'timeSeconds')
      .addSelect('r.attendance', 'attendance')
      .where('r.contestId = :contestId', { contestId });
    if (options.approvedOnly !== false) query.andWhere("r.status = 'APPROVED'");
    if (options.codes) {
      if (options.codes.length === 0) return [];
      query.andWhere('r.blindCode IN (:...codes)', { codes: options.codes });
    }
    const rows = await query.orderBy('r.blindCode').getRawMany<FieldEntry>();
    return rows.map((r) => ({
      ...r,
      registrationId: Number(r.registrationId),
      workerId: Number(r.workerId),
      stationNo: r.stationNo === null ? null : Number(r.stationNo),
      timeSeconds: r.timeSeconds === null ? null : Number(r.timeSeconds),
    }));
  }

  /** ID number → blind code and name of the contest's approved contestants (score files). */
  async idNumbersOf(
    contestId: number,
  ): Promise<Map<string, { code: string | null; name: string }>> {
    const rows = await this.dataSource.manager
      .createQueryBuilder(Registration, 'r')
      .innerJoin(Worker, 'w', 'w.id = r.workerId')
      .select('w.idNumberEnc', 'idNumberEnc')
      .addSelect('w.name', 'name')
      .addSelect('r.blindCode', 'code')
      .where("r.contestId = :contestId AND r.status = 'APPROVED'", { contestId })
      .andWhere('w.idNumberEnc IS NOT NULL')
      .getRawMany<{ idNumberEnc: string; name: string; code: string | null }>();
    // Decrypted here, for the one import that pairs them with the file's rows (organizers only).
    return new Map(
      rows.map((r) => [
        this.cipher.decrypt('id_number', r.idNumberEnc),
        { code: r.code, name: r.name },
      ]),
    );
  }

  /** The worker with this ID number, if any, and whether they are entered in the contest. */
  async workerInContest(
    manager: EntityManager,
    contestId: number,
    idNumber: string,
  ): Promise<{ workerId: number; registrationId: number } | null> {
    const row = await manager
      .createQueryBuilder(Worker, 'w')
      .innerJoin(Registration, 'r', 'r.workerId = w.id AND r.contestId = :contestId', { contestId })
      .select('w.id', 'workerId')
      .addSelect('r.id', 'registrationId')
      .where('w.idNumberHash = :hash', { hash: this.cipher.hash('id_number', idNumber) })
      .getRawOne<{ workerId: number; registrationId: number }>();
    return row
      ? { workerId: Number(row.workerId), registrationId: Number(row.registrationId) }
      : null;
  }

  async user(
    manager: EntityManager,
    userId: number,
  ): Promise<(User & { unitPath: string | null }) | null> {
    const user = await manager.getRepository(User).findOneBy({ id: userId });
    if (!user) return null;
    const unit =
      user.unitId === null
        ? null
        : await manager.getRepository(Unit).findOneBy({ id: user.unitId });
    return Object.assign(user, { unitPath: unit?.path ?? null });
  }

  async setAttendance(
    manager: EntityManager,
    changes: Array<{ registrationId: number; attendance: Registration['attendance'] }>,
  ): Promise<void> {
    for (const { registrationId, attendance } of changes) {
      await manager.getRepository(Registration).update({ id: registrationId }, { attendance });
    }
  }

  async setTimes(
    manager: EntityManager,
    times: Array<{ registrationId: number; seconds: number }>,
  ): Promise<void> {
    for (const { registrationId, seconds } of times) {
      await manager
        .getRepository(Registration)
        .update({ id: registrationId }, { timeSeconds: seconds });
    }
  }
}
