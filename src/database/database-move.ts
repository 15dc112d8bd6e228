import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { DataSource, QueryRunner } from 'typeorm';
import { AuditRepository } from '../judging/audit.repository';
import { AuditService } from '../judging/audit.service';
import { TRADE_CATALOGUE } from '../trades/trade-catalogue';
import { personalDataCipherFor, personalDataKeyFile } from '../config/personal-data-key';
import { buildDataSourceOptions } from './data-source-options';
import { runMigrationsExclusively } from './migrate';
import {
  ColumnShape,
  dependencyOrder,
  parentsFirst,
  postgresKind,
  TableChecksum,
  TableShape,
  toColumnValue,
} from './table-checksum';

/*
 * Moving a whole database from a SQLite file to PostgreSQL (`npm run db:move`, docs/deployment.md),
 * then proving nothing was lost: the same rows in every table (count and a canonical checksum
 * computed the same way on both sides), the same results, and audit chains that still verify.
 */

/** TypeORM's own bookkeeping: each side keeps its own (compared by name, never copied). */
const MIGRATIONS_TABLE = 'migrations';
/** PostgreSQL takes at most 65,535 parameters in one statement. */
const MAX_PARAMETERS = 60000;

export type MoveRefusal =
  | 'SOURCE_MISSING'
  | 'SOURCE_NOT_PRODUCT'
  | 'SOURCE_BUSY'
  | 'SCHEMA_MISMATCH'
  | 'TARGET_FOREIGN'
  | 'TARGET_NOT_EMPTY';

/** The move did not start (nothing was written to the target's tables). */
export class MoveRefused extends Error {
  constructor(
    readonly code: MoveRefusal,
    message: string,
  ) {
    super(message);
    this.name = 'MoveRefused';
  }
}

/** The move ran but the two sides do not agree. */
export class MoveVerificationFailed extends Error {
  constructor(readonly problems: string[]) {
    super(`verification failed:\n  - ${problems.join('\n  - ')}`);
    this.name = 'MoveVerificationFailed';
  }
}

export interface MoveOptions {
  /** The SQLite file. */
  from: string;
  /** postgres://… */
  to: string;
  /** Empty the target's tables first even when they hold data. */
  replace: boolean;
  /** Rows per INSERT (fewer for wide tables). */
  batchSize: number;
  log: (line: string) => void;
  /**
   * PERSONAL_DATA_KEY, when the source's service was given its key that way; otherwise the key
   * file beside the SQLite file (its DATA_DIR) is the one. Read only to check the moved data.
   */
  personalDataKey?: string;
}

export interface TableReport {
  table: string;
  rows: number;
  copyMs: number;
  source: string;
  target: string;
}

export interface MoveReport {
  tables: TableReport[];
  rows: number;
  sequences: number;
  results: { runs: number; rows: number; source: string; target: string };
  audit: { contests: number; entries: number; ok: boolean };
  /**
   * ID numbers and phones move as the same ciphertexts (the checksums compare them byte for byte);
   * the service on PostgreSQL needs the same key. `keyId` names it (null: no worker to check).
   */
  personalData: { workers: number; keyId: string | null; keySource: string };
  ms: number;
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** One side of the move, with the SQL dialect differences in one place. */
class Side {
  constructor(
    readonly dataSource: DataSource,
    readonly runner: QueryRunner,
  ) {}

  get postgres(): boolean {
    return this.dataSource.options.type === 'postgres';
  }

  param(n: number): string {
    return this.postgres ? `$${n}` : '?';
  }

  /** ORDER BY a key column: PostgreSQL compares text by bytes, as SQLite does. */
  orderKey(table: TableShape, column: string): string {
    const kind = table.columns.find((c) => c.name === column)?.kind;
    return this.postgres && kind === 'text' ? `${quote(column)} COLLATE "C"` : quote(column);
  }

  query<T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> {
    return this.runner.query(sql, params) as Promise<T[]>;
  }

  /**
   * Every row of a table in primary-key order, page by page: keyset paging on a one-column key,
   * LIMIT/OFFSET on a composite one (read inside one transaction, so the pages are consistent).
   */
  async *pages(table: TableShape, size: number): AsyncGenerator<Array<Record<string, unknown>>> {
    const columns = table.columns.map((c) => quote(c.name)).join(', ');
    const order = table.primaryKey.map((k) => this.orderKey(table, k)).join(', ');
    if (table.primaryKey.length === 1) {
      const [key] = table.primaryKey;
      let last: unknown = undefined;
      for (;;) {
        const where =
          last === undefined ? '' : `WHERE ${this.orderKey(table, key)} > ${this.param(1)}`;
        const params = last === undefined ? [size] : [last, size];
        const rows = await this.query(
          `SELECT ${columns} FROM ${quote(table.name)} ${where} ORDER BY ${order} LIMIT ${this.param(params.length)}`,
          params,
        );
        if (rows.length === 0) return;
        yield rows;
        if (rows.length < size) return;
        last = rows[rows.length - 1][key];
      }
    }
    for (let offset = 0; ; offset += size) {
      const rows = await this.query(
        `SELECT ${columns} FROM ${quote(table.name)} ORDER BY ${order} LIMIT ${this.param(1)} OFFSET ${this.param(2)}`,
        [size, offset],
      );
      if (rows.length === 0) return;
      yield rows;
      if (rows.length < size) return;
    }
  }

  async checksum(table: TableShape, size: number): Promise<{ rows: number; sum: string }> {
    const sum = new TableChecksum(table.columns);
    for await (const rows of this.pages(table, size)) for (const row of rows) sum.add(row);
    return { rows: sum.rows, sum: sum.digest() };
  }

  async count(table: string): Promise<number> {
    const [row] = await this.query<{ n: number | string }>(
      `SELECT COUNT(*) AS n FROM ${quote(table)}`,
    );
    return Number(row.n);
  }

  async migrationNames(): Promise<string[] | null> {
    try {
      const rows = await this.query<{ name: string }>(
        `SELECT name FROM ${quote(MIGRATIONS_TABLE)} ORDER BY id`,
      );
      return rows.map((r) => r.name);
    } catch {
      return null;
    }
  }
}

/** The product's tables on PostgreSQL, as its migrations made them. */
async function postgresShape(side: Side): Promise<TableShape[]> {
  const columns = await side.query<{
    table_name: string;
    column_name: string;
    data_type: string;
    is_nullable: string;
    column_default: string | null;
    is_identity: string;
  }>(
    `SELECT c.table_name, c.column_name, c.data_type, c.is_nullable, c.column_default, c.is_identity
       FROM information_schema.columns c
       JOIN information_schema.tables t
         ON t.table_schema = c.table_schema AND t.table_name = c.table_name
      WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'
      ORDER BY c.table_name, c.ordinal_position`,
  );
  const keys = await side.query<{ table_name: string; column_name: string }>(
    `SELECT tc.table_name, kcu.column_name
       FROM information_schema.table_constraints tc
       JOIN information_schema.key_column_usage kcu
         ON kcu.constraint_name = tc.constraint_name AND kcu.table_schema = tc.table_schema
            AND kcu.table_name = tc.table_name
      WHERE tc.constraint_type = 'PRIMARY KEY' AND tc.table_schema = current_schema()
      ORDER BY tc.table_name, kcu.ordinal_position`,
  );
  const foreign = await side.query<{ table_name: string; referenced: string; column_name: string }>(
    `SELECT src.relname AS table_name, dst.relname AS referenced, a.attname AS column_name
       FROM pg_constraint con
       JOIN pg_class src ON src.oid = con.conrelid
       JOIN pg_class dst ON dst.oid = con.confrelid
       JOIN pg_namespace n ON n.oid = src.relnamespace
       JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = ANY (con.conkey)
      WHERE con.contype = 'f' AND n.nspname = current_schema()
      ORDER BY src.relname, a.attname`,
  );
  const tables = new Map<string, TableShape>();
  for (const c of columns) {
    if (c.table_name === MIGRATIONS_TABLE) continue;
    let table = tables.get(c.table_name);
    if (!table) {
      table = {
        name: c.table_name,
        columns: [],
        primaryKey: [],
        references: [],
        selfReferences: [],
        serial: null,
      };
      tables.set(c.table_name, table);
    }
    table.columns.push({
      name: c.column_name,
      kind: postgresKind(c.data_type),
      nullable: c.is_nullable === 'YES',
    });
    if (c.column_default?.startsWith('nextval(') || c.is_identity === 'YES') {
      table.serial = c.column_name;
    }
  }
  for (const k of keys) tables.get(k.table_name)?.primaryKey.push(k.column_name);
  for (const f of foreign) {
    const table = tables.get(f.table_name);
    if (!table) continue;
    if (f.referenced === f.table_name) table.selfReferences.push(f.column_name);
    else if (!table.references.includes(f.referenced)) table.references.push(f.referenced);
  }
  for (const table of tables.values()) {
    if (table.primaryKey.length === 0) table.primaryKey = table.columns.map((c) => c.name);
  }
  return dependencyOrder([...tables.values()].sort((x, y) => x.name.localeCompare(y.name)));
}

/** Table name → column names, as the SQLite file has them. */
async function sqliteColumns(side: Side): Promise<Map<string, string[]>> {
  const tables = await side.query<{ name: string }>(
    `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`,
  );
  const shape = new Map<string, string[]>();
  for (const { name } of tables) {
    if (name === MIGRATIONS_TABLE) continue;
    const info = await side.query<{ name: string }>(`PRAGMA table_info(${quote(name)})`);
    shape.set(
      name,
      info.map((c) => c.name),
    );
  }
  return shape;
}

function compareSchemas(target: TableShape[], source: Map<string, string[]>): string[] {
  const problems: string[] = [];
  const targetNames = new Set(target.map((t) => t.name));
  for (const name of source.keys()) {
    if (!targetNames.has(name)) problems.push(`table ${name} is in the source only`);
  }
  for (const table of target) {
    const columns = source.get(table.name);
    if (!columns) {
      problems.push(`table ${table.name} is in the target only`);
      continue;
    }
    const wanted = table.columns.map((c) => c.name).sort();
    const have = [...columns].sort();
    if (wanted.join(',') !== have.join(',')) {
      problems.push(
        `table ${table.name}: source columns ${have.join(',')} ≠ target ${wanted.join(',')}`,
      );
    }
  }
  return problems;
}

/** What a freshly migrated database holds: the trade catalogue the seed migration inserts. */
async function nonEmptyTables(side: Side, tables: TableShape[]): Promise<string[]> {
  const seeded = new Set(TRADE_CATALOGUE.map((t) => t.code));
  const found: string[] = [];
  for (const table of tables) {
    const rows = await side.count(table.name);
    if (rows === 0) continue;
    if (table.name === 'trades') {
      const codes = await side.query<{ code: string }>('SELECT code FROM trades');
      if (codes.every((c) => seeded.has(c.code))) continue;
    }
    found.push(`${table.name} (${rows} rows)`);
  }
  return found;
}

async function copyTable(
  source: Side,
  target: Side,
  table: TableShape,
  batchSize: number,
): Promise<number> {
  const size = Math.max(1, Math.min(batchSize, Math.floor(MAX_PARAMETERS / table.columns.length)));
  const columns = table.columns.map((c) => quote(c.name)).join(', ');
  const insert = async (rows: Array<Record<string, unknown>>) => {
    const params: unknown[] = [];
    const tuples = rows.map((row) => {
      const key = table.primaryKey.map((k) => String(row[k])).join('/');
      const values = table.columns.map((c: ColumnShape) => {
        params.push(toColumnValue(c, row[c.name], `${table.name} ${key} ${c.name}`));
        return `$${params.length}`;
      });
      return `(${values.join(', ')})`;
    });
    await target.query(
      `INSERT INTO ${quote(table.name)} (${columns}) VALUES ${tuples.join(', ')}`,
      params,
    );
  };
  let copied = 0;
  if (table.selfReferences.length > 0) {
    // A row must come after the row it points to (a unit after its parent): read the table
    // whole (such tables are small trees) and insert parents first.
    const all: Array<Record<string, unknown>> = [];
    for await (const rows of source.pages(table, size)) all.push(...rows);
    const ordered = parentsFirst(all, table.primaryKey[0], table.selfReferences);
    for (let i = 0; i < ordered.length; i += size) await insert(ordered.slice(i, i + size));
    return ordered.length;
  }
  for await (const rows of source.pages(table, size)) {
    await insert(rows);
    copied += rows.length;
  }
  return copied;
}

/** The result runs and their rows (totals, ranks, ties, titles), in one canonical checksum. */
async function resultsChecksum(side: Side): Promise<{ runs: number; rows: number; sum: string }> {
  const runColumns: ColumnShape[] = [
    { name: 'id', kind: 'integer', nullable: false },
    { name: 'contest_id', kind: 'integer', nullable: false },
    { name: 'run_no', kind: 'integer', nullable: false },
    { name: 'status', kind: 'text', nullable: false },
    { name: 'fingerprint', kind: 'text', nullable: false },
    { name: 'published_at', kind: 'text', nullable: true },
  ];
  const rowColumns: ColumnShape[] = [
    { name: 'run_id', kind: 'integer', nullable: false },
    { name: 'position', kind: 'integer', nullable: false },
    { name: 'registration_id', kind: 'integer', nullable: false },
    { name: 'total_centi', kind: 'integer', nullable: true },
    { name: 'rank', kind: 'integer', nullable: true },
    { name: 'tied', kind: 'boolean', nullable: false },
    { name: 'title', kind: 'text', nullable: true },
    { name: 'parts', kind: 'text', nullable: false },
  ];
  const sum = new TableChecksum([...runColumns, ...rowColumns]);
  const runs = await side.query(
    `SELECT ${runColumns.map((c) => quote(c.name)).join(', ')} FROM result_runs ORDER BY id`,
  );
  for (const run of runs) sum.add(run);
  let rows = 0;
  let last = 0;
  // In row id order (the ids are copied, so both sides list the rows alike).
  for (;;) {
    const page = await side.query<Record<string, unknown>>(
      `SELECT id, ${rowColumns.map((c) => quote(c.name)).join(', ')} FROM result_rows
        WHERE id > ${side.param(1)} ORDER BY id LIMIT ${side.param(2)}`,
      [last, 5000],
    );
    if (page.length === 0) break;
    for (const row of page) sum.add(row);
    rows += page.length;
    last = Number(page[page.length - 1].id);
  }
  return { runs: runs.length, rows, sum: sum.digest() };
}

/** Verifies every contest's audit chain with the product's own verifier. */
async function auditChains(
  dataSource: DataSource,
): Promise<{ contests: number; entries: number; broken: string[] }> {
  const audit = new AuditService(new AuditRepository(dataSource));
  const contests = await dataSource.query<Array<{ contest_id: number | string }>>(
    'SELECT contest_id FROM audit_log UNION SELECT contest_id FROM audit_heads ORDER BY contest_id',
  );
  let entries = 0;
  const broken: string[] = [];
  for (const { contest_id } of contests) {
    const report = await audit.verify(Number(contest_id));
    entries += report.entries;
    if (!report.ok) broken.push(`contest ${contest_id}: ${JSON.stringify(report.firstBroken)}`);
  }
  return { contests: contests.length, entries, broken };
}

/**
 * The moved ciphertexts open with the key the source's service used (PERSONAL_DATA_KEY, or the
 * key file in the SQLite file's folder): the first and last worker's ID number and phone are
 * decrypted on the target. A missing or other key is a problem: the data would be unreadable
 * there. Never creates a key.
 */
async function checkPersonalData(
  target: Side,
  options: MoveOptions,
  problems: string[],
): Promise<MoveReport['personalData']> {
  const env = { DATA_DIR: dirname(options.from), PERSONAL_DATA_KEY: options.personalDataKey };
  const keySource = env.PERSONAL_DATA_KEY ? 'PERSONAL_DATA_KEY' : personalDataKeyFile(env);
  const [{ n }] = await target.query<{ n: string | number }>(
    'SELECT COUNT(*) AS n FROM workers WHERE id_number_enc IS NOT NULL',
  );
  const workers = Number(n);
  if (workers === 0) return { workers, keyId: null, keySource };
  if (!env.PERSONAL_DATA_KEY && !existsSync(personalDataKeyFile(env))) {
    problems.push(
      `no personal-data key (PERSONAL_DATA_KEY unset, no ${keySource}): the ${workers} workers' ID numbers and phones cannot be read; give the key the source's service used`,
    );
    return { workers, keyId: null, keySource };
  }
  const cipher = personalDataCipherFor(env);
  const samples = await target.query<{ id_number_enc: string; phone_enc: string | null }>(
    `SELECT id_number_enc, phone_enc FROM workers WHERE id IN (
       (SELECT MIN(id) FROM workers WHERE id_number_enc IS NOT NULL),
       (SELECT MAX(id) FROM workers WHERE id_number_enc IS NOT NULL))`,
  );
  try {
    for (const s of samples) {
      cipher.decrypt('id_number', s.id_number_enc);
      cipher.decryptNullable('phone', s.phone_enc);
    }
  } catch {
    problems.push(
      `the personal-data key (${keySource}) does not open the moved ID numbers and phones: give the key the source's service used`,
    );
  }
  return { workers, keyId: cipher.keyId(), keySource };
}

/** The target URL with its password hidden, for messages. */
export function redactedUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(unparsable URL)';
  }
}

export async function moveToPostgres(options: MoveOptions): Promise<MoveReport> {
  const started = Date.now();
  const { log } = options;
  if (!existsSync(options.from)) {
    throw new MoveRefused('SOURCE_MISSING', `${options.from} does not exist`);
  }
  const common = {
    DATA_DIR: dirname(options.from),
    SQLITE_BUSY_TIMEOUT_MS: 5000,
    PERSONAL_DATA_KEY: options.personalDataKey,
  };
  const sourceDs = new DataSource({
    ...buildDataSourceOptions({ ...common, DATABASE_URL: `sqlite:${options.from}` }),
    logging: false,
  });
  const targetDs = new DataSource({
    ...buildDataSourceOptions({ ...common, DATABASE_URL: options.to }),
    logging: false,
  });
  await sourceDs.initialize();
  let sourceRunner: QueryRunner | null = null;
  let inSnapshot = false;
  try {
    await targetDs.initialize();
    sourceRunner = sourceDs.createQueryRunner();
    const source = new Side(sourceDs, sourceRunner);
    const targetRunner = targetDs.createQueryRunner();
    const target = new Side(targetDs, targetRunner);
    try {
      // 1. Both sides are this product's database at the same migration.
      const sourceMigrations = await source.migrationNames();
      if (!sourceMigrations) {
        throw new MoveRefused(
          'SOURCE_NOT_PRODUCT',
          `${options.from} has no migrations table: it is not a database of this product`,
        );
      }
      const known = targetDs.migrations.map((m) => m.name ?? m.constructor.name);
      if (sourceMigrations.join(',') !== known.join(',')) {
        const missing = known.filter((m) => !sourceMigrations.includes(m));
        throw new MoveRefused(
          'SCHEMA_MISMATCH',
          missing.length > 0
            ? `the source lacks migrations ${missing.join(', ')}: start the product on it once (or DATABASE_URL=sqlite:${options.from} npm run migrate), then move`
            : `the source has migrations this code does not know (${sourceMigrations.filter((m) => !known.includes(m)).join(', ')}): move with the version that wrote it`,
        );
      }
      const existing = await target.query<{ table_name: string }>(
        `SELECT table_name FROM information_schema.tables
          WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'`,
      );
      const sourceTables = await sqliteColumns(source);
      const foreign = existing
        .map((t) => t.table_name)
        .filter((name) => name !== MIGRATIONS_TABLE && !sourceTables.has(name));
      if (foreign.length > 0) {
        throw new MoveRefused(
          'TARGET_FOREIGN',
          `the target holds tables that are not this product's (${foreign.join(', ')}): use an empty database`,
        );
      }
      const applied = await runMigrationsExclusively(targetDs);
      log(`target migrated: ${applied.length} migration(s) run`);
      const targetMigrations = (await target.migrationNames()) ?? [];
      if (targetMigrations.join(',') !== known.join(',')) {
        throw new MoveRefused(
          'SCHEMA_MISMATCH',
          `the target's migrations (${targetMigrations.join(', ')}) are not this code's`,
        );
      }
      const tables = await postgresShape(target);
      const mismatch = compareSchemas(tables, sourceTables);
      if (mismatch.length > 0) {
        throw new MoveRefused('SCHEMA_MISMATCH', `the schemas differ: ${mismatch.join('; ')}`);
      }

      // 2. An empty target, unless told to replace what it holds.
      const occupied = await nonEmptyTables(target, tables);
      if (occupied.length > 0 && !options.replace) {
        throw new MoveRefused(
          'TARGET_NOT_EMPTY',
          `the target already holds data: ${occupied.join(', ')}. Use an empty database, or --replace to delete it first`,
        );
      }

      // 3. The source held still: BEGIN IMMEDIATE keeps every other writer out (they wait, then
      // fail), so the copy and the checks read one state of it.
      try {
        await source.query('BEGIN IMMEDIATE');
        inSnapshot = true;
      } catch (error) {
        throw new MoveRefused(
          'SOURCE_BUSY',
          `${options.from} is being written (${error instanceof Error ? error.message : String(error)}): stop the API and the job runners first`,
        );
      }

      // 4. Copy, in one transaction on the target: all of it or nothing.
      const reports: TableReport[] = [];
      let sequences = 0;
      await targetRunner.startTransaction();
      try {
        await target.query(
          `TRUNCATE ${tables.map((t) => quote(t.name)).join(', ')} RESTART IDENTITY CASCADE`,
        );
        for (const table of tables) {
          const t0 = Date.now();
          const rows = await copyTable(source, target, table, options.batchSize);
          reports.push({
            table: table.name,
            rows,
            copyMs: Date.now() - t0,
            source: '',
            target: '',
          });
          log(`copied ${table.name}: ${rows} rows in ${Date.now() - t0} ms`);
        }
        for (const table of tables) {
          if (!table.serial) continue;
          const column = quote(table.serial);
          await target.query(
            `SELECT setval(pg_get_serial_sequence($1, $2), COALESCE(MAX(${column}), 0) + 1, false) FROM ${quote(table.name)}`,
            [quote(table.name), table.serial],
          );
          sequences++;
        }
        await targetRunner.commitTransaction();
      } catch (error) {
        await targetRunner.rollbackTransaction();
        throw error;
      }
      log(`sequences reset: ${sequences}`);

      // 5. Verify: counts and checksums per table, the results, the audit chains.
      const problems: string[] = [];
      for (const [i, table] of tables.entries()) {
        const s = await source.checksum(table, options.batchSize);
        const t = await target.checksum(table, options.batchSize);
        reports[i].source = s.sum;
        reports[i].target = t.sum;
        if (s.rows !== t.rows)
          problems.push(`${table.name}: ${s.rows} rows in the source, ${t.rows} in the target`);
        else if (s.sum !== t.sum) problems.push(`${table.name}: checksums differ`);
        if (reports[i].rows !== s.rows)
          problems.push(`${table.name}: ${reports[i].rows} rows copied of ${s.rows}`);
      }
      const resultsSource = await resultsChecksum(source);
      const resultsTarget = await resultsChecksum(target);
      if (resultsSource.sum !== resultsTarget.sum)
        problems.push('result runs and rows: checksums differ');
      const auditSource = await auditChains(sourceDs);
      const auditTarget = await auditChains(targetDs);
      if (auditTarget.broken.length > 0) {
        problems.push(
          `audit chains that do not verify on the target: ${auditTarget.broken.join('; ')}` +
            (auditSource.broken.length > 0
              ? ` (on the source: ${auditSource.broken.join('; ')})`
              : ''),
        );
      }
      if (auditSource.entries !== auditTarget.entries) {
        problems.push(
          `audit entries: ${auditSource.entries} in the source, ${auditTarget.entries} in the target`,
        );
      }
      const personalData = await checkPersonalData(target, options, problems);
      if (problems.length > 0) throw new MoveVerificationFailed(problems);
      return {
        tables: reports,
        rows: reports.reduce((n, r) => n + r.rows, 0),
        sequences,
        results: {
          runs: resultsTarget.runs,
          rows: resultsTarget.rows,
          source: resultsSource.sum,
          target: resultsTarget.sum,
        },
        audit: { contests: auditTarget.contests, entries: auditTarget.entries, ok: true },
        personalData,
        ms: Date.now() - started,
      };
    } finally {
      await targetRunner.release();
    }
  } finally {
    if (inSnapshot) await sourceRunner?.query('ROLLBACK').catch(() => undefined);
    await sourceRunner?.release();
    await sourceDs.destroy();
    if (targetDs.isInitialized) await targetDs.destroy();
  }
}
