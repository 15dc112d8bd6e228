import type { DataSource } from 'typeorm';

/**
 * Raw SQL is written once with `?` placeholders; PostgreSQL wants `$1, $2…`. Only for statements
 * whose text holds no literal `?` (ours never do).
 */
export function positional(
  dataSource: DataSource,
  sql: string,
  params: unknown[],
): [string, unknown[]] {
  if (dataSource.options.type !== 'postgres') return [sql, params];
  let n = 0;
  return [sql.replace(/\?/g, () => `$${++n}`), params];
}
