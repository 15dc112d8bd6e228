import {
  canonicalValue,
  ColumnShape,
  dependencyOrder,
  parentsFirst,
  postgresKind,
  TableChecksum,
  TableShape,
  toColumnValue,
} from './table-checksum';

const col = (name: string, kind: ColumnShape['kind'], nullable = true): ColumnShape => ({
  name,
  kind,
  nullable,
});

const USERS = [
  col('id', 'integer', false),
  col('username', 'text', false),
  col('active', 'boolean', false),
  col('unit_id', 'integer'),
  col('content', 'binary'),
];

/** The same row as the sqlite3 driver and the pg driver hand it over. */
const fromSqlite = {
  id: 7,
  username: '王建国',
  active: 1,
  unit_id: null,
  content: Buffer.from([0, 1, 254]),
};
const fromPostgres = {
  id: 7,
  username: '王建国',
  active: true,
  unit_id: null,
  content: Buffer.from([0, 1, 254]),
};

const table = (name: string, references: string[] = [], selfReferences: string[] = []) =>
  ({
    name,
    columns: [],
    primaryKey: ['id'],
    references,
    selfReferences,
    serial: 'id',
  }) as TableShape;

describe('canonical values: the same data reads the same from SQLite and PostgreSQL', () => {
  it.each([
    ['integer', 5, '5', '5'],
    ['integer', '2147483647', 2147483647, '2147483647'],
    ['boolean', 1, true, 'true'],
    ['boolean', 0, false, 'false'],
    ['text', '溫榮', '溫榮', '"溫榮"'],
    ['text', 'a"b\n', 'a"b\n', '"a\\"b\\n"'],
    ['binary', Buffer.from('PDF'), new Uint8Array([0x50, 0x44, 0x46]), '"x504446"'],
  ] as const)('%s: %p (SQLite) and %p (PostgreSQL) → %s', (kind, sqlite, postgres, text) => {
    expect(canonicalValue(col('c', kind), sqlite)).toBe(text);
    expect(canonicalValue(col('c', kind), postgres)).toBe(text);
  });

  it('keeps NULL apart from every value, including empty text, zero and false', () => {
    const texts = [null, '', 0, false].map((v, i) =>
      canonicalValue(col('c', i === 1 ? 'text' : i === 3 ? 'boolean' : 'integer'), v),
    );
    expect(texts).toEqual(['null', '""', '0', 'false']);
  });

  it('refuses what a column of its kind cannot hold, naming where', () => {
    expect(() => canonicalValue(col('seq', 'integer'), '12a', 'scores 3 seq')).toThrow(
      'scores 3 seq: "12a" is not a whole number',
    );
    expect(() => canonicalValue(col('c', 'integer'), 1.5)).toThrow('not a whole number');
    expect(() => toColumnValue(col('active', 'boolean'), 2)).toThrow('not a boolean');
  });

  it('converts SQLite values into what PostgreSQL columns take', () => {
    expect(
      USERS.map((c) => toColumnValue(c, fromSqlite[c.name as keyof typeof fromSqlite])),
    ).toEqual(['7', '王建国', true, null, Buffer.from([0, 1, 254])]);
  });
});

describe('TableChecksum', () => {
  const sum = (rows: Array<Record<string, unknown>>, columns = USERS) => {
    const checksum = new TableChecksum(columns);
    for (const row of rows) checksum.add(row);
    return { rows: checksum.rows, sum: checksum.digest() };
  };

  it('is equal for the same rows read by either driver', () => {
    expect(sum([fromSqlite, { ...fromSqlite, id: 8 }])).toEqual(
      sum([fromPostgres, { ...fromPostgres, id: 8 }]),
    );
  });

  it('differs when any value, the row order or the column list differs', () => {
    const base = sum([fromSqlite, { ...fromSqlite, id: 8 }]).sum;
    expect(sum([fromSqlite, { ...fromSqlite, id: 8, active: 0 }]).sum).not.toBe(base);
    expect(sum([fromSqlite, { ...fromSqlite, id: 8, unit_id: 0 }]).sum).not.toBe(base);
    expect(sum([{ ...fromSqlite, id: 8 }, fromSqlite]).sum).not.toBe(base);
    expect(sum([fromSqlite, { ...fromSqlite, id: 8 }], USERS.slice(0, 4)).sum).not.toBe(base);
    expect(sum([fromSqlite]).sum).not.toBe(base);
  });
});

describe('dependencyOrder', () => {
  it('puts every table after the tables it references, self references aside', () => {
    const ordered = dependencyOrder([
      table('scores', ['registrations', 'users']),
      table('registrations', ['contests', 'units']),
      table('units', [], ['parent_id']),
      table('users', ['units']),
      table('contests', ['users']),
    ]);
    expect(ordered.map((t) => t.name)).toEqual([
      'units',
      'users',
      'contests',
      'registrations',
      'scores',
    ]);
  });

  it('names the tables of a cycle', () => {
    expect(() => dependencyOrder([table('a', ['b']), table('b', ['a']), table('c')])).toThrow(
      'foreign keys form a cycle among a, b',
    );
  });
});

describe('parentsFirst', () => {
  it('puts each row after its parent, whatever the ids', () => {
    const rows = [
      { id: 1, parent_id: 3 },
      { id: 2, parent_id: null },
      { id: 3, parent_id: 2 },
      { id: 4, parent_id: 1 },
    ];
    expect(parentsFirst(rows, 'id', ['parent_id']).map((r) => r.id)).toEqual([2, 3, 1, 4]);
  });

  it('refuses rows that point at each other', () => {
    expect(() =>
      parentsFirst(
        [
          { id: 1, parent_id: 2 },
          { id: 2, parent_id: 1 },
        ],
        'id',
        ['parent_id'],
      ),
    ).toThrow('rows 1, 2 point at each other');
  });
});

describe('postgresKind', () => {
  it('maps the column types the migrations create, and refuses others', () => {
    expect(['integer', 'boolean', 'character varying', 'text', 'bytea'].map(postgresKind)).toEqual([
      'integer',
      'boolean',
      'text',
      'text',
      'binary',
    ]);
    expect(() => postgresKind('numeric')).toThrow('numeric');
  });
});
