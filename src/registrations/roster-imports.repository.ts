import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In, IsNull, Not } from 'typeorm';
import { PersonalDataCipher } from '../common/personal-data/personal-data-cipher';
import { positional } from '../database/positional';
import { RejectedRow, RosterImport } from './roster-import.entity';

export interface ImportCounts {
  totalRows: number;
  created: number;
  updated: number;
  unchanged: number;
  rejected: RejectedRow[];
}

/** Uploaded rosters waiting for (or done with) their import job; the file bytes live here too. */
@Injectable()
export class RosterImportsRepository {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cipher: PersonalDataCipher,
  ) {}

  private get table(): string {
    return this.dataSource.getMetadata(RosterImport).tableName;
  }

  /** Queued imports not finished yet (the ids only: the files stay in the database). */
  unfinished(): Promise<Array<Pick<RosterImport, 'id'>>> {
    return this.dataSource.getRepository(RosterImport).find({
      select: { id: true },
      where: { status: In(['QUEUED', 'RUNNING']), jobId: Not(IsNull()) },
      order: { id: 'ASC' },
    });
  }

  /** Whether the user uploaded the roster that the job (by its public id) imports. */
  uploadedJob(jobId: string, userId: number): Promise<boolean> {
    return this.dataSource.getRepository(RosterImport).existsBy({ jobId, uploadedBy: userId });
  }

  findById(id: number): Promise<RosterImport | null> {
    return this.dataSource.getRepository(RosterImport).findOneBy({ id });
  }

  async insert(
    manager: EntityManager,
    record: Pick<RosterImport, 'contestId' | 'uploadedBy' | 'filename' | 'format' | 'createdAt'>,
    content: Buffer,
  ): Promise<RosterImport> {
    const repo = manager.getRepository(RosterImport);
    const saved = await repo.save(
      repo.create({ ...record, sizeBytes: content.length, status: 'QUEUED', progress: 0 }),
    );
    await manager.query(
      // The file holds ID numbers and phones: sealed like them (docs/security.md).
      ...positional(this.dataSource, `UPDATE ${this.table} SET content = ? WHERE id = ?`, [
        this.cipher.sealBytes('roster_file', content),
        saved.id,
      ]),
    );
    return saved;
  }

  async content(id: number): Promise<Buffer | null> {
    const rows: Array<{ content: Buffer | null }> = await this.dataSource.query(
      ...positional(this.dataSource, `SELECT content FROM ${this.table} WHERE id = ?`, [id]),
    );
    const sealed = rows[0]?.content ?? null;
    return sealed === null ? null : this.cipher.openBytes('roster_file', sealed);
  }

  async update(manager: EntityManager, id: number, changes: Partial<RosterImport>): Promise<void> {
    await manager.getRepository(RosterImport).update({ id }, changes);
  }

  /** Records the outcome and drops the file: it is personal data and no longer needed. */
  async finish(
    manager: EntityManager,
    id: number,
    outcome: { counts: ImportCounts } | { errorCode: string; errorMessage: string },
    at: Date,
  ): Promise<void> {
    const changes: Partial<RosterImport> =
      'counts' in outcome
        ? {
            status: 'DONE',
            progress: 100,
            totalRows: outcome.counts.totalRows,
            createdCount: outcome.counts.created,
            updatedCount: outcome.counts.updated,
            unchangedCount: outcome.counts.unchanged,
            rejectedCount: outcome.counts.rejected.length,
            rejected: outcome.counts.rejected,
            finishedAt: at,
          }
        : {
            status: 'FAILED',
            errorCode: outcome.errorCode,
            errorMessage: outcome.errorMessage.slice(0, 500),
            finishedAt: at,
          };
    await manager.getRepository(RosterImport).update({ id }, changes);
    await manager.query(
      ...positional(this.dataSource, `UPDATE ${this.table} SET content = NULL WHERE id = ?`, [id]),
    );
  }
}
