import { Injectable } from '@nestjs/common';
import { statSync } from 'node:fs';
import { DataSource } from 'typeorm';
import { UnitOfWork } from '../database/unit-of-work';
import { JobQueue } from '../jobs/job-queue.service';

export interface OptimizeReport {
  database: 'sqlite' | 'postgres';
  walBytesBefore?: number;
  walBytesAfter?: number;
  ms: number;
}

@Injectable()
export class MaintenanceService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly unitOfWork: UnitOfWork,
    private readonly jobs: JobQueue,
  ) {}

  /** One job per minute at most: repeated requests within the minute get the same job. */
  requestOptimize(requestedBy: number): Promise<string> {
    const minute = new Date().toISOString().slice(0, 16).replace(/[-:T]/g, '');
    return this.jobs.enqueue('optimize-database', { requestedBy }, `optimize-${minute}`);
  }

  /**
   * SQLite: move the write-ahead log into the database file and truncate it (it otherwise grows
   * through a day of score entry) and refresh the planner's statistics. PostgreSQL: ANALYZE.
   */
  async optimize(): Promise<OptimizeReport> {
    const started = Date.now();
    if (this.dataSource.options.type !== 'sqlite') {
      await this.dataSource.query('ANALYZE');
      return { database: 'postgres', ms: Date.now() - started };
    }
    const wal = `${String(this.dataSource.options.database)}-wal`;
    const size = () => {
      try {
        return statSync(wal).size;
      } catch {
        return 0;
      }
    };
    const walBytesBefore = size();
    await this.unitOfWork.exclusive(async () => {
      // optimize first: it writes statistics, which the checkpoint then moves out of the WAL.
      await this.dataSource.query('PRAGMA optimize');
      await this.dataSource.query('PRAGMA wal_checkpoint(TRUNCATE)');
    });
    return { database: 'sqlite', walBytesBefore, walBytesAfter: size(), ms: Date.now() - started };
  }
}
