import {
  MigrationInterface,
  QueryRunner,
  Table,
  TableCheck,
  TableColumn,
  TableIndex,
} from 'typeorm';
import type { PersonalDataCipher } from '../../common/personal-data/personal-data-cipher';
import { personalDataCipherOf } from '../personal-data-options';
import { id, instant, int, references, text } from './column-builders';

/** `v1:` + base64 of IV, tag and at most 20 characters of UTF-8 (80 bytes): under 160 characters. */
const CIPHERTEXT_LENGTH = 160;
/** HMAC-SHA-256 in base64url. */
const HASH_LENGTH = 43;
/** Rows converted per statement batch (every row is its own UPDATE; the batch bounds memory). */
const BATCH = 500;

/**
 * ID numbers and phones at rest (issue 15, docs/security.md): each worker's ID number and phone
 * become AES-256-GCM ciphertexts, the ID number is found by a keyed hash of it, and the staff
 * lists' search by the last 4 characters by a keyed hash of those; the clear columns go. The key
 * is the service's own (PERSONAL_DATA_KEY or DATA_DIR/personal-data-key), handed over through the
 * data source's options. `anonymised_at` marks a worker whose ID number and phone were erased
 * after the retention period.
 *
 * On SQLite, dropping a UNIQUE column rebuilds the table (TypeORM does it with foreign keys off
 * around migrations); the connection runs with secure_delete on, so the old pages are zeroed.
 */
export class PersonalDataAtRest1764090000009 implements MigrationInterface {
  name = 'PersonalDataAtRest1764090000009';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumns('workers', [
      new TableColumn(text('id_number_hash', HASH_LENGTH, true)),
      new TableColumn(text('id_number_tail', HASH_LENGTH, true)),
      new TableColumn(text('id_number_enc', CIPHERTEXT_LENGTH, true)),
      new TableColumn(text('phone_enc', CIPHERTEXT_LENGTH, true)),
      new TableColumn(instant('anonymised_at', true)),
    ]);

    let cipher: PersonalDataCipher | undefined;
    for (let after = 0; ;) {
      const rows = (await q.query(
        `SELECT id, id_number, phone FROM workers WHERE id > ${after} ORDER BY id LIMIT ${BATCH}`,
      )) as { id: number; id_number: string; phone: string | null }[];
      if (rows.length === 0) break;
      cipher ??= personalDataCipherOf(q.connection.options);
      for (const row of rows) {
        await q.query(
          `UPDATE workers SET id_number_hash = $1, id_number_tail = $2, id_number_enc = $3,
             phone_enc = $4 WHERE id = $5`.replace(/\$\d/g, placeholder(q)),
          [
            cipher.hash('id_number', row.id_number),
            cipher.hash('id_number_tail', row.id_number.slice(-4)),
            cipher.encrypt('id_number', row.id_number),
            row.phone === null ? null : cipher.encrypt('phone', row.phone),
            row.id,
          ],
        );
      }
      after = Number(rows[rows.length - 1].id);
    }

    // Rosters still waiting for their import job: the files hold ID numbers and phones too.
    await this.convertRosterFiles(q, (c, content) => c.sealBytes('roster_file', content));

    await q.dropCheckConstraint('workers', 'chk_workers_id_number');
    await q.dropColumns('workers', ['id_number', 'phone']);
    await q.createIndices('workers', [
      new TableIndex({
        name: 'uq_workers_id_number_hash',
        columnNames: ['id_number_hash'],
        isUnique: true,
      }),
      new TableIndex({ name: 'idx_workers_id_number_tail', columnNames: ['id_number_tail'] }),
    ]);

    // Who anonymised which competition's workers, when, and how many (append-only, like the
    // score audit log, which it stays out of: an entry there would move result fingerprints).
    await q.createTable(
      new Table({
        name: 'anonymisations',
        columns: [
          id(),
          int('competition_id'),
          int('actor_id'),
          instant('at'),
          instant('published_at'),
          int('retention_days'),
          int('workers_anonymised'),
          int('workers_kept'),
        ],
        foreignKeys: [
          references('competition_id', 'competitions'),
          references('actor_id', 'users'),
        ],
        indices: [{ name: 'idx_anonymisations_competition', columnNames: ['competition_id'] }],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('anonymisations');
    const [{ n }] = (await q.query(
      'SELECT COUNT(*) AS n FROM workers WHERE id_number_enc IS NULL',
    )) as { n: string | number }[];
    if (Number(n) > 0) {
      throw new Error(
        `${n} workers were anonymised: their ID numbers are gone and the old schema requires one`,
      );
    }
    await q.addColumns('workers', [
      new TableColumn(text('id_number', 18, true)),
      new TableColumn(text('phone', 20, true)),
    ]);
    let cipher: PersonalDataCipher | undefined;
    for (let after = 0; ;) {
      const rows = (await q.query(
        `SELECT id, id_number_enc, phone_enc FROM workers WHERE id > ${after} ORDER BY id LIMIT ${BATCH}`,
      )) as { id: number; id_number_enc: string; phone_enc: string | null }[];
      if (rows.length === 0) break;
      cipher ??= personalDataCipherOf(q.connection.options);
      for (const row of rows) {
        await q.query(
          'UPDATE workers SET id_number = $1, phone = $2 WHERE id = $3'.replace(
            /\$\d/g,
            placeholder(q),
          ),
          [
            cipher.decrypt('id_number', row.id_number_enc),
            cipher.decryptNullable('phone', row.phone_enc),
            row.id,
          ],
        );
      }
      after = Number(rows[rows.length - 1].id);
    }
    await this.convertRosterFiles(q, (c, content) => c.openBytes('roster_file', content));
    await q.dropIndex('workers', 'uq_workers_id_number_hash');
    await q.dropIndex('workers', 'idx_workers_id_number_tail');
    await q.dropColumns('workers', [
      'id_number_hash',
      'id_number_tail',
      'id_number_enc',
      'phone_enc',
      'anonymised_at',
    ]);
    await q.changeColumn(
      'workers',
      'id_number',
      new TableColumn({ ...text('id_number', 18), isUnique: true }),
    );
    await q.createCheckConstraint(
      'workers',
      new TableCheck({ name: 'chk_workers_id_number', expression: 'LENGTH(id_number) = 18' }),
    );
  }

  private async convertRosterFiles(
    q: QueryRunner,
    convert: (cipher: PersonalDataCipher, content: Buffer) => Buffer,
  ): Promise<void> {
    const waiting = (await q.query(
      'SELECT id FROM roster_imports WHERE content IS NOT NULL ORDER BY id',
    )) as { id: number }[];
    for (const { id } of waiting) {
      const [{ content }] = (await q.query(
        `SELECT content FROM roster_imports WHERE id = ${Number(id)}`,
      )) as { content: Buffer }[];
      await q.query(
        'UPDATE roster_imports SET content = $1 WHERE id = $2'.replace(/\$\d/g, placeholder(q)),
        [convert(personalDataCipherOf(q.connection.options), content), id],
      );
    }
  }
}

/** PostgreSQL numbers its parameters ($1); SQLite takes `?` in order. */
function placeholder(q: QueryRunner): (token: string) => string {
  return (token) => (q.connection.options.type === 'postgres' ? token : '?');
}
