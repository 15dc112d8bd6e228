import { createHash, Hash } from 'node:crypto';

/*
 * What moving a database between SQLite and PostgreSQL compares: each value in one canonical
 * text form, whatever driver read it, so that a table hashes the same on both sides exactly
 * when it holds the same data. Pure functions, no database here.
 */

/** The kinds of column the product's migrations create (see migrations/column-builders.ts). */
export type ColumnKind = 'integer' | 'boolean' | 'text' | 'binary';

export interface ColumnShape {
  name: string;
  kind: ColumnKind;
  nullable: boolean;
}

export interface TableShape {
  name: string;
  columns: ColumnShape[];
  /** Primary key columns, in key order (every product table has one). */
  primaryKey: string[];
  /** Other tables this one has foreign keys to. */
  references: string[];
  /** Columns with a foreign key to this same table (units.parent_id). */
  selfReferences: string[];
  /** PostgreSQL: the column filled from a sequence (SERIAL), whose sequence is reset after a move. */
  serial: string | null;
}

/** A PostgreSQL column type (information_schema.columns.data_type) as a ColumnKind. */
export function postgresKind(dataType: string): ColumnKind {
  const t = dataType.toLowerCase();
  if (['integer', 'bigint', 'smallint'].includes(t)) return 'integer';
  if (t === 'boolean') return 'boolean';
  if (t === 'bytea') return 'binary';
  if (['character varying', 'text', 'character'].includes(t)) return 'text';
  throw new Error(`column type ${dataType} is not one the product's migrations create`);
}

function integerText(value: unknown, where: string): string {
  if (typeof value === 'number' && Number.isInteger(value)) return String(value);
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'string' && /^-?\d+$/.test(value)) return BigInt(value).toString();
  if (typeof value === 'boolean') return value ? '1' : '0';
  throw new Error(`${where}: ${JSON.stringify(value)} is not a whole number`);
}

function booleanOf(value: unknown, where: string): boolean {
  if (value === true || value === 1 || value === '1' || value === 't' || value === 'true')
    return true;
  if (value === false || value === 0 || value === '0' || value === 'f' || value === 'false')
    return false;
  throw new Error(`${where}: ${JSON.stringify(value)} is not a boolean`);
}

function bufferOf(value: unknown, where: string): Buffer {
  if (Buffer.isBuffer(value)) return value;
  if (value instanceof Uint8Array) return Buffer.from(value);
  if (typeof value === 'string') return Buffer.from(value, 'utf8');
  throw new Error(`${where}: ${typeof value} is not binary data`);
}

function textOf(value: unknown, where: string): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean')
    return String(value);
  if (Buffer.isBuffer(value)) return value.toString('utf8');
  throw new Error(`${where}: ${typeof value} is not text`);
}

/** A key value as text, to compare keys read by different drivers. */
function keyOf(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'bigint'
    ? String(value)
    : JSON.stringify(value);
}

/**
 * A stored value as the target database should receive it: SQLite keeps booleans as 0/1 and
 * takes any type in any column; PostgreSQL wants booleans, whole numbers, text and Buffers.
 */
export function toColumnValue(column: ColumnShape, value: unknown, where = column.name): unknown {
  if (value === null || value === undefined) return null;
  switch (column.kind) {
    case 'integer':
      return integerText(value, where);
    case 'boolean':
      return booleanOf(value, where);
    case 'binary':
      return bufferOf(value, where);
    case 'text':
      return textOf(value, where);
  }
}

/**
 * One value in canonical text: `null`, a whole number in decimal, `true`/`false`, a JSON string,
 * or binary data as `x` + hex. The same data gives the same text from either driver.
 */
export function canonicalValue(column: ColumnShape, value: unknown, where = column.name): string {
  if (value === null || value === undefined) return 'null';
  switch (column.kind) {
    case 'integer':
      return integerText(value, where);
    case 'boolean':
      return booleanOf(value, where) ? 'true' : 'false';
    case 'binary':
      return JSON.stringify(`x${bufferOf(value, where).toString('hex')}`);
    case 'text':
      return JSON.stringify(textOf(value, where));
  }
}

/** A row in canonical text: its values in the table's column order, as a JSON array. */
export function canonicalRow(columns: ColumnShape[], row: Record<string, unknown>): string {
  return `[${columns.map((c) => canonicalValue(c, row[c.name])).join(',')}]`;
}

/** sha256 over a table's rows in primary-key order, one canonical row per line, and their count. */
export class TableChecksum {
  private readonly hash: Hash = createHash('sha256');
  rows = 0;

  constructor(private readonly columns: ColumnShape[]) {
    // The column list is part of what is compared: a column missing on one side changes the sum.
    this.hash.update(`${columns.map((c) => `${c.name}:${c.kind}`).join(',')}\n`);
  }

  add(row: Record<string, unknown>): void {
    this.hash.update(`${canonicalRow(this.columns, row)}\n`);
    this.rows++;
  }

  digest(): string {
    return this.hash.digest('hex');
  }
}

/**
 * Tables in an order where every table comes after the tables it references (self references
 * aside), so that rows can be inserted with the foreign keys checked; ties keep the given order.
 */
export function dependencyOrder(tables: TableShape[]): TableShape[] {
  const byName = new Map(tables.map((t) => [t.name, t]));
  const placed = new Set<string>();
  const ordered: TableShape[] = [];
  while (ordered.length < tables.length) {
    const next = tables.find(
      (t) =>
        !placed.has(t.name) &&
        t.references.every((r) => r === t.name || placed.has(r) || !byName.has(r)),
    );
    if (!next) {
      const left = tables.filter((t) => !placed.has(t.name)).map((t) => t.name);
      throw new Error(`foreign keys form a cycle among ${left.join(', ')}`);
    }
    placed.add(next.name);
    ordered.push(next);
  }
  return ordered;
}

/**
 * Rows of a self-referencing table with every row after the row it points to (a unit after its
 * parent), whatever their ids; rows pointing outside the given rows are taken as roots.
 */
export function parentsFirst(
  rows: Array<Record<string, unknown>>,
  key: string,
  selfReferences: string[],
): Array<Record<string, unknown>> {
  const ids = new Set(rows.map((r) => keyOf(r[key])));
  const placed = new Set<string>();
  const ordered: Array<Record<string, unknown>> = [];
  let pending = rows;
  while (pending.length > 0) {
    const waiting: Array<Record<string, unknown>> = [];
    for (const row of pending) {
      const ready = selfReferences.every((column) => {
        const parent = row[column];
        if (parent === null || parent === undefined) return true;
        const id = keyOf(parent);
        return !ids.has(id) || placed.has(id) || id === keyOf(row[key]);
      });
      if (ready) {
        ordered.push(row);
        placed.add(keyOf(row[key]));
      } else waiting.push(row);
    }
    if (waiting.length === pending.length) {
      throw new Error(`rows ${waiting.map((r) => keyOf(r[key])).join(', ')} point at each other`);
    }
    pending = waiting;
  }
  return ordered;
}
