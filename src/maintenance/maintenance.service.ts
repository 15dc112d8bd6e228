import { Injectable } from '@nestjs/common';
import { statSync } from 'node:fs';
import { JobQueue } from '../jobs/job-queue.service';
import { MaintenanceRepository } from './maintenance.repository';

export interface OptimizeReport {
  database: 'sqlite' | 'postgres';
  walBytesBefore?: number;
  walBytesAfter?: number;
  ms: number;
}

const fileSize = (path: string): number => {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
};

@Injectable()
export class MaintenanceService {
  constructor(
    private readonly database: MaintenanceRepository,
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
    if (this.database.engine === 'postgres') {
      await this.database.analyzePostgres();
      return { database: 'postgres', ms: Date.now() - started };
    }
    const walBytesBefore = fileSize(this.database.walFile);
    await this.database.optimizeSqlite();
    return {
      database: 'sqlite',
      walBytesBefore,
      walBytesAfter: fileSize(this.database.walFile),
      ms: Date.now() - started,
    };
  }
}
