import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { UnitOfWork } from '../database/unit-of-work';

/** The database housekeeping statements, one method per engine. */
@Injectable()
export class MaintenanceRepository {
  constructor(
    private readonly dataSource: DataSource,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  get engine(): 'sqlite' | 'postgres' {
    return this.dataSource.options.type === 'sqlite' ? 'sqlite' : 'postgres';
  }

  /** The SQLite write-ahead log file (SQLite only). */
  get walFile(): string {
    return `${String(this.dataSource.options.database)}-wal`;
  }

  async analyzePostgres(): Promise<void> {
    await this.dataSource.query('ANALYZE');
  }

  /** Statistics first (they are written to the WAL), then the checkpoint that empties the WAL. */
  optimizeSqlite(): Promise<void> {
    return this.unitOfWork.exclusive(async () => {
      await this.dataSource.query('PRAGMA optimize');
      await this.dataSource.query('PRAGMA wal_checkpoint(TRUNCATE)');
    });
  }
}
