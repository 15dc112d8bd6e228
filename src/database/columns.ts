import { ValueTransformer } from 'typeorm';

/**
 * Instants are stored as ISO 8601 UTC text (`2026-11-25T18:30:00.000Z`): identical on SQLite and
 * PostgreSQL, free of session time zones, and they sort as text in time order.
 */
export const isoInstant: ValueTransformer = {
  to: (value: Date | null | undefined) => (value instanceof Date ? value.toISOString() : value),
  from: (value: string | null) => (value == null ? value : new Date(value)),
};

export const INSTANT_COLUMN = { type: 'varchar', length: 24, transformer: isoInstant } as const;
