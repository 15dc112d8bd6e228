import { readFileSync } from 'node:fs';
import { DataSource } from 'typeorm';
import { PersonalDataCipher } from '../../src/common/personal-data/personal-data-cipher';
import type { Environment } from '../../src/config/environment';
import { personalDataCipherFor } from '../../src/config/personal-data-key';
import { sqliteFile } from '../../src/database/data-source-options';
import { UnitOfWork } from '../../src/database/unit-of-work';
import { idNumber } from '../factories/id-numbers';
import { serviceModule, testDatabases } from '../support/databases';

const AT = '2026-01-01T00:00:00.000Z';

/**
 * The personal-data migration on a database holding workers in clear (the schema before it):
 * every ID number and phone becomes a ciphertext under the service's key with its keyed hashes,
 * the clear columns go, nothing of them stays in the SQLite file, and reverting gives them back.
 */
describe.each(testDatabases())('personal-data migration on %s', (name, database) => {
  let close: () => Promise<void>;
  let dataSource: DataSource;
  let env: Environment;
  let cipher: PersonalDataCipher;
  const ids = Array.from({ length: 600 }, (_, i) =>
    idNumber((i % 400) + 1, i < 400 ? '19850312' : '19900101'),
  );
  const phone = (i: number) => (i % 3 === 0 ? null : `139${String(10000000 + i * 7919).slice(-8)}`);

  beforeAll(async () => {
    const setup = await serviceModule(database);
    close = setup.close;
    env = setup.env;
    dataSource = setup.module.get(DataSource);
    cipher = personalDataCipherFor(env);
    await revertPersonalData(dataSource); // back to clear columns
    const unitOfWork = setup.module.get(UnitOfWork);
    await unitOfWork.run(async (m) => {
      await m.query(
        `INSERT INTO units (code, name, path, depth, created_at) VALUES ('U1', '机械厂', '/1/', 0, '${AT}')`,
      );
      const [{ id: unitId }] = await m.query<{ id: number }[]>('SELECT id FROM units');
      // 600 rows: more than one batch of the migration's 500.
      for (let i = 0; i < ids.length; i += 100) {
        const values = ids
          .slice(i, i + 100)
          .map((id, k) => {
            const p = phone(i + k);
            return `('${id}', '工人${i + k}', '${Number(id[16]) % 2 ? 'M' : 'F'}', '1985-03-12', ${p === null ? 'NULL' : `'${p}'`}, ${unitId}, '${AT}', '${AT}')`;
          })
          .join(',');
        await m.query(
          `INSERT INTO workers (id_number, name, gender, birth_date, phone, unit_id, created_at, updated_at) VALUES ${values}`,
        );
      }
    });
    await dataSource.runMigrations({ transaction: 'all' });
  });
  afterAll(async () => {
    await close?.();
  });

  it('encrypts every ID number and phone, with look-up hashes, and drops the clear columns', async () => {
    const rows = await dataSource.query<
      {
        name: string;
        id_number_hash: string;
        id_number_tail: string;
        id_number_enc: string;
        phone_enc: string | null;
      }[]
    >(
      'SELECT name, id_number_hash, id_number_tail, id_number_enc, phone_enc FROM workers ORDER BY id',
    );
    expect(rows).toHaveLength(ids.length);
    rows.forEach((row, i) => {
      expect(row.name).toBe(`工人${i}`);
      expect(cipher.decrypt('id_number', row.id_number_enc)).toBe(ids[i]);
      expect(row.id_number_hash).toBe(cipher.hash('id_number', ids[i]));
      expect(row.id_number_tail).toBe(cipher.hash('id_number_tail', ids[i].slice(-4)));
      expect(cipher.decryptNullable('phone', row.phone_enc)).toBe(phone(i));
    });
    const runner = dataSource.createQueryRunner();
    try {
      const table = (await runner.getTable('workers'))!;
      const columns = table.columns.map((c) => c.name);
      expect(columns).not.toContain('id_number');
      expect(columns).not.toContain('phone');
      expect(table.indices.find((i) => i.name === 'uq_workers_id_number_hash')?.isUnique).toBe(
        true,
      );
    } finally {
      await runner.release();
    }
    // The hash is unique: the same person cannot be stored twice.
    await expect(
      dataSource.query(
        `INSERT INTO workers (id_number_hash, name, gender, birth_date, unit_id, created_at, updated_at)
         SELECT id_number_hash, name, gender, birth_date, unit_id, created_at, updated_at FROM workers WHERE id = (SELECT MIN(id) FROM workers)`,
      ),
    ).rejects.toThrow(/unique|UNIQUE|duplicate/);
  });

  if (name === 'sqlite') {
    it('leaves no ID number or phone in the SQLite file (free pages zeroed, WAL checkpointed)', async () => {
      await dataSource.query('PRAGMA wal_checkpoint(TRUNCATE)');
      const bytes = readFileSync(sqliteFile(env));
      const found = [...ids.slice(0, 50), ...ids.slice(-50)].filter((id) =>
        bytes.includes(Buffer.from(id, 'latin1')),
      );
      expect(found).toEqual([]);
      const phones = ids.map((_, i) => phone(i)).filter((p): p is string => p !== null);
      expect(phones.filter((p) => bytes.includes(Buffer.from(p, 'latin1')))).toEqual([]);
    });
  }

  it('reverts to the clear columns with the same values, and applies again', async () => {
    await revertPersonalData(dataSource);
    const rows = await dataSource.query<{ id_number: string; phone: string | null }[]>(
      'SELECT id_number, phone FROM workers ORDER BY id',
    );
    expect(rows.map((r) => r.id_number)).toEqual(ids);
    expect(rows.map((r) => r.phone)).toEqual(ids.map((_, i) => phone(i)));
    await dataSource.runMigrations({ transaction: 'all' });
    const [{ n }] = await dataSource.query<{ n: string | number }[]>(
      'SELECT COUNT(*) AS n FROM workers WHERE id_number_enc IS NOT NULL',
    );
    expect(Number(n)).toBe(ids.length);
  });
});

/** Reverts the migrations, newest first, down to and including the personal-data one. */
async function revertPersonalData(dataSource: DataSource): Promise<void> {
  for (;;) {
    const [last] = await dataSource.query<{ name: string }[]>(
      'SELECT name FROM migrations ORDER BY id DESC LIMIT 1',
    );
    await dataSource.undoLastMigration();
    if (last.name === 'PersonalDataAtRest1764090000009') return;
  }
}
