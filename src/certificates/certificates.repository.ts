import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { positional } from '../database/positional';
import { Certificate } from './certificate.entity';

export type NewCertificate = Omit<Certificate, 'id'>;

@Injectable()
export class CertificatesRepository {
  constructor(private readonly dataSource: DataSource) {}

  list(
    contestId: number,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Certificate[]> {
    return manager.getRepository(Certificate).find({ where: { contestId }, order: { seq: 'ASC' } });
  }

  issued(
    contestId: number,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Certificate[]> {
    return manager
      .getRepository(Certificate)
      .find({ where: { contestId, status: 'ISSUED' }, order: { seq: 'ASC' } });
  }

  bySerial(serial: string): Promise<Certificate | null> {
    return this.dataSource.getRepository(Certificate).findOneBy({ serial });
  }

  byCode(code: string): Promise<Certificate | null> {
    return this.dataSource.getRepository(Certificate).findOneBy({ code });
  }

  byId(id: number): Promise<Certificate | null> {
    return this.dataSource.getRepository(Certificate).findOneBy({ id });
  }

  /** The highest sequence number the contest has used (revoked ones included: never reused). */
  async lastSeq(manager: EntityManager, contestId: number): Promise<number> {
    const row = await manager
      .getRepository(Certificate)
      .createQueryBuilder('c')
      .select('MAX(c.seq)', 'seq')
      .where('c.contestId = :contestId', { contestId })
      .getRawOne<{ seq: number | string | null }>();
    return Number(row?.seq ?? 0);
  }

  /**
   * Inserts; a row that would make a second valid certificate for the same registration and kind
   * (another worker got there first) is skipped by the unique index, not duplicated.
   */
  async insertMissing(manager: EntityManager, rows: NewCertificate[]): Promise<void> {
    for (let i = 0; i < rows.length; i += 200) {
      await manager
        .createQueryBuilder()
        .insert()
        .into(Certificate)
        .values(rows.slice(i, i + 200))
        .orIgnore()
        .updateEntity(false)
        .execute();
    }
  }

  async revoke(manager: EntityManager, ids: number[], reason: string, at: Date): Promise<void> {
    for (let i = 0; i < ids.length; i += 500) {
      await manager
        .getRepository(Certificate)
        .update(
          { id: In(ids.slice(i, i + 500)), status: 'ISSUED' },
          { status: 'REVOKED', revokeReason: reason, revokedAt: at },
        );
    }
  }

  async setReplacedBy(manager: EntityManager, id: number, replacedBy: number): Promise<void> {
    await manager.getRepository(Certificate).update({ id }, { replacedBy });
  }

  /** Which kinds of valid certificates the contest has (none: nothing to reissue on a change). */
  async issuedKinds(contestId: number, manager: EntityManager): Promise<Certificate['kind'][]> {
    const rows: Array<{ kind: Certificate['kind'] }> = await manager.query(
      ...positional(
        manager.connection,
        "SELECT DISTINCT kind FROM certificates WHERE contest_id = ? AND status = 'ISSUED'",
        [contestId],
      ),
    );
    return rows.map((r) => r.kind);
  }

  async existsForContest(contestId: number): Promise<boolean> {
    return this.dataSource.getRepository(Certificate).existsBy({ contestId });
  }

  async hasParticipation(contestId: number): Promise<boolean> {
    return this.dataSource
      .getRepository(Certificate)
      .existsBy({ contestId, kind: 'PARTICIPATION' });
  }
}
