import type { DataSource } from 'typeorm';
import { positional } from '../../src/database/positional';

const snake = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
const sqlValue = (v: unknown): unknown =>
  v instanceof Date ? v.toISOString() : v !== null && typeof v === 'object' ? JSON.stringify(v) : v;

/**
 * Rows straight into a table (camelCase keys → snake_case columns; dates as ISO text, objects as
 * JSON), with their ids as given: TypeORM's insert leaves a generated id to PostgreSQL. Many rows
 * per statement, for building large test data quickly.
 */
export async function insertRows(
  dataSource: DataSource,
  table: string,
  given: object | object[],
  perStatement = 50,
): Promise<void> {
  const rows = (Array.isArray(given) ? given : [given]) as Record<string, unknown>[];
  for (let i = 0; i < rows.length; i += perStatement) {
    const chunk = rows.slice(i, i + perStatement);
    // Every key any row of the chunk has; a row without one gives NULL there.
    const keys = [...new Set(chunk.flatMap((row) => Object.keys(row)))];
    const params: unknown[] = [];
    const tuples = chunk.map(
      (row) => `(${keys.map((k) => (params.push(sqlValue(row[k] ?? null)), '?')).join(', ')})`,
    );
    const [sql, values] = positional(
      dataSource,
      `INSERT INTO ${table} (${keys.map(snake).join(', ')}) VALUES ${tuples.join(', ')}`,
      params,
    );
    await dataSource.query(sql, values);
  }
}
