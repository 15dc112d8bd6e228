import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';

export interface TableFingerprint {
  rows: number;
  checksum: string;
}

const canonical = (value: unknown): unknown => {
  if (value instanceof Date) return value.toISOString();
  if (Buffer.isBuffer(value)) return `bytes:${createHash('sha256').update(value).digest('hex')}`;
  if (typeof value === 'bigint') return value.toString();
  return value;
};

/** A row as text with its columns in name order, so the same row reads the same on any driver. */
const rowText = (row: Record<string, unknown>): string =>
  JSON.stringify(
    Object.keys(row)
      .sort()
      .map((k) => [k, canonical(row[k])]),
  );

/**
 * Row count and a checksum of every row of every table, read through the app's own DataSource:
 * two equal fingerprints mean nothing was written in between (in the tables not excepted).
 */
export async function databaseFingerprint(
  db: DataSource,
  except: readonly string[] = [],
): Promise<Record<string, TableFingerprint>> {
  const postgres = db.options.type === 'postgres';
  const tables = (
    await db.query<Array<{ name: string }>>(
      postgres
        ? "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'"
        : "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
    )
  )
    .map((t) => t.name)
    .filter((name) => !except.includes(name))
    .sort();
  const result: Record<string, TableFingerprint> = {};
  for (const table of tables) {
    const rows = await db.query<Array<Record<string, unknown>>>(
      `SELECT * FROM "${table.replace(/"/g, '""')}"`,
    );
    const hash = createHash('sha256');
    for (const line of rows.map(rowText).sort()) hash.update(line).update('\n');
    result[table] = { rows: rows.length, checksum: hash.digest('hex').slice(0, 16) };
  }
  return result;
}
