import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { PersonalDataCipher } from '../common/personal-data/personal-data-cipher';
import { Gender, Worker } from './worker.entity';

/** A worker as the registration rules see it: the ID number and phone in clear (decrypted). */
export interface WorkerRecord {
  id: number;
  idNumber: string;
  name: string;
  gender: Gender;
  birthDate: string;
  phone: string | null;
  unitId: number;
  /** A transfer request's row: the id of the record it claims (see Worker.claimOf). */
  claimOf: number | null;
  createdAt: Date;
  updatedAt: Date;
}

export type NewWorker = Omit<WorkerRecord, 'id'>;
export type WorkerChanges = Partial<Pick<WorkerRecord, 'name' | 'phone' | 'unitId'>>;

/**
 * The workers' table, encrypting on the way in and decrypting on the way out: ID numbers are
 * found by their keyed hash, never by a ciphertext (each has its own IV).
 */
@Injectable()
export class WorkersRepository {
  constructor(private readonly cipher: PersonalDataCipher) {}

  async findByIdNumbers(manager: EntityManager, idNumbers: string[]): Promise<WorkerRecord[]> {
    if (idNumbers.length === 0) return [];
    const hashes = idNumbers.map((id) => this.cipher.hash('id_number', id));
    const rows = await manager.getRepository(Worker).findBy({ idNumberHash: In(hashes) });
    return rows.map((row) => this.toRecord(row));
  }

  async findByIds(manager: EntityManager, ids: number[]): Promise<WorkerRecord[]> {
    if (ids.length === 0) return [];
    const rows = await manager.getRepository(Worker).findBy({ id: In(ids) });
    return rows.map((row) => this.toRecord(row));
  }

  /** The transfer requests that claim these records, oldest first. */
  async findClaimsOf(manager: EntityManager, recordIds: number[]): Promise<WorkerRecord[]> {
    if (recordIds.length === 0) return [];
    const rows = await manager
      .getRepository(Worker)
      .find({ where: { claimOf: In(recordIds) }, order: { id: 'ASC' } });
    return rows.map((row) => this.toRecord(row));
  }

  /** Turns a transfer request into a record of its own (the record it claimed is gone). */
  async promote(manager: EntityManager, claim: WorkerRecord, at: Date): Promise<void> {
    await manager
      .getRepository(Worker)
      .update(
        { id: claim.id },
        { ...this.sealIdNumber(claim.idNumber), claimOf: null, updatedAt: at },
      );
  }

  async delete(manager: EntityManager, id: number): Promise<void> {
    await manager.getRepository(Worker).delete({ id });
  }

  /**
   * Inserts the workers that do not exist yet; a row another transaction inserted meanwhile is
   * skipped, not an error (the caller reads the rows back by ID number). A transfer request
   * (`claimOf` set) gets no look-up hash, so it never collides with the record it claims.
   */
  async insertMissing(manager: EntityManager, workers: NewWorker[]): Promise<void> {
    if (workers.length === 0) return;
    await manager
      .createQueryBuilder()
      .insert()
      .into(Worker)
      .values(
        workers.map(({ idNumber, phone, ...rest }) => ({
          ...rest,
          ...this.sealIdNumber(idNumber),
          ...(rest.claimOf === null ? {} : { idNumberHash: null }),
          phoneEnc: phone === null ? null : this.cipher.encrypt('phone', phone),
          anonymisedAt: null,
        })),
      )
      .orIgnore()
      .updateEntity(false)
      .execute();
  }

  async update(
    manager: EntityManager,
    id: number,
    changes: WorkerChanges,
    at: Date,
  ): Promise<void> {
    const { phone, ...rest } = changes;
    const sealed =
      phone === undefined
        ? {}
        : { phoneEnc: phone === null ? null : this.cipher.encrypt('phone', phone) };
    await manager.getRepository(Worker).update({ id }, { ...rest, ...sealed, updatedAt: at });
  }

  /**
   * PostgreSQL: holds these workers' rows until the transaction ends, so that two requests cannot
   * both find "no other registration in this competition" and both insert. SQLite transactions are
   * already serialised (UnitOfWork), so nothing is needed there.
   */
  async lock(manager: EntityManager, ids: number[]): Promise<void> {
    if (ids.length === 0 || manager.connection.options.type !== 'postgres') return;
    await manager
      .getRepository(Worker)
      .createQueryBuilder('w')
      .select('w.id')
      .where('w.id IN (:...ids)', { ids: [...ids].sort((a, b) => a - b) })
      .orderBy('w.id')
      .setLock('pessimistic_write')
      .getRawMany();
  }

  /**
   * Erases the ID numbers and phones of these workers (the retention period is over): the hashes
   * go too, so the person can no longer be found by ID number, and a later registration of the
   * same person creates a new worker. Names, genders, birth dates and units stay for the
   * published rankings and certificates. Returns how many rows were anonymised now.
   */
  async anonymise(manager: EntityManager, ids: number[], at: Date): Promise<number> {
    let changed = 0;
    for (let i = 0; i < ids.length; i += 500) {
      const result = await manager
        .createQueryBuilder()
        .update(Worker)
        .set({
          idNumberHash: null,
          idNumberTail: null,
          idNumberEnc: null,
          phoneEnc: null,
          // An anonymised transfer request is no longer one: it stays only as a name.
          claimOf: null,
          anonymisedAt: at,
          updatedAt: at,
        })
        .where('id IN (:...ids) AND anonymisedAt IS NULL', { ids: ids.slice(i, i + 500) })
        .execute();
      changed += result.affected ?? 0;
    }
    return changed;
  }

  private sealIdNumber(idNumber: string) {
    return {
      idNumberHash: this.cipher.hash('id_number', idNumber),
      idNumberTail: this.cipher.hash('id_number_tail', idNumber.slice(-4)),
      idNumberEnc: this.cipher.encrypt('id_number', idNumber),
    };
  }

  private toRecord(row: Worker): WorkerRecord {
    if (row.idNumberEnc === null) throw new Error(`worker ${row.id} was anonymised`);
    return {
      id: row.id,
      idNumber: this.cipher.decrypt('id_number', row.idNumberEnc),
      name: row.name,
      gender: row.gender,
      birthDate: row.birthDate,
      phone: this.cipher.decryptNullable('phone', row.phoneEnc),
      unitId: row.unitId,
      claimOf: row.claimOf,
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
    };
  }
}
