import type { TableColumnOptions } from 'typeorm';

// Column shapes the migrations share. Changing one changes how old migrations would build a new
// database, so these stay as they are; a new shape gets a new builder.

export const id = (): TableColumnOptions => ({
  name: 'id',
  type: 'integer',
  isPrimary: true,
  isGenerated: true,
  generationStrategy: 'increment',
});

/** An instant as ISO 8601 UTC text (see database/columns.ts). */
export const instant = (name: string, nullable = false): TableColumnOptions => ({
  name,
  type: 'varchar',
  length: '24',
  isNullable: nullable,
});

export const text = (name: string, length: number, nullable = false): TableColumnOptions => ({
  name,
  type: 'varchar',
  length: String(length),
  isNullable: nullable,
});

export const int = (name: string, nullable = false): TableColumnOptions => ({
  name,
  type: 'integer',
  isNullable: nullable,
});

/** A foreign key to another table's id. */
export const references = (column: string, table: string, onDelete?: 'CASCADE') => ({
  columnNames: [column],
  referencedTableName: table,
  referencedColumnNames: ['id'],
  onDelete,
});
