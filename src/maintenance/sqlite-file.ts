import sqlite3 from 'sqlite3';

/**
 * A plain connection to a SQLite file, with promises, for the backup and restore commands (which
 * run beside the service, not inside it, and so do not use its TypeORM data source).
 */
export class SqliteFile {
  private constructor(
    private readonly db: sqlite3.Database,
    readonly path: string,
  ) {}

  /** Opens an existing file (never creates one); `busyTimeoutMs` 0 fails at once on a lock. */
  static open(
    path: string,
    options: { readOnly?: boolean; busyTimeoutMs?: number } = {},
  ): Promise<SqliteFile> {
    const mode = options.readOnly ? sqlite3.OPEN_READONLY : sqlite3.OPEN_READWRITE;
    return new Promise((resolve, reject) => {
      const db = new sqlite3.Database(path, mode, (error) => {
        if (error) return reject(error);
        db.configure('busyTimeout', options.busyTimeoutMs ?? 10000);
        resolve(new SqliteFile(db, path));
      });
    });
  }

  all<T>(sql: string, params: unknown[] = []): Promise<T[]> {
    return new Promise((resolve, reject) =>
      this.db.all(sql, params, (error, rows) => (error ? reject(error) : resolve(rows as T[]))),
    );
  }

  run(sql: string, params: unknown[] = []): Promise<void> {
    return new Promise((resolve, reject) =>
      this.db.run(sql, params, (error) => (error ? reject(error) : resolve())),
    );
  }

  close(): Promise<void> {
    return new Promise((resolve, reject) =>
      this.db.close((error) => (error ? reject(error) : resolve())),
    );
  }

  /** Runs `work` and closes the file whatever happens. */
  static async using<T>(
    path: string,
    options: { readOnly?: boolean; busyTimeoutMs?: number },
    work: (file: SqliteFile) => Promise<T>,
  ): Promise<T> {
    const file = await SqliteFile.open(path, options);
    try {
      return await work(file);
    } finally {
      await file.close();
    }
  }
}

/** SQLite's code for a lock held by another connection (SQLITE_BUSY / SQLITE_LOCKED). */
export function isBusy(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code;
  return code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED';
}
