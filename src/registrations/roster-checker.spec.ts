import { idNumber } from '../../test/factories/id-numbers';
import { UnitDirectory } from '../units/unit-directory';
import type { Unit } from '../units/unit.entity';
import type { Actor } from './enrolment';
import type { RosterHeader } from './import/roster-reader';
import { checkRosterRows, type CheckedRow } from './roster-checker';

function unit(id: number, code: string, name: string, parent: Unit | null): Unit {
  return {
    id,
    code,
    name,
    parentId: parent?.id ?? null,
    path: `${parent?.path ?? '/'}${id}/`,
    depth: parent ? parent.depth + 1 : 0,
    createdAt: new Date('2024-03-01T00:00:00Z'),
  };
}

const city = unit(1, 'FX', '阜新市总工会', null);
const factory = unit(2, 'FX001', '阜新市第一机械厂', city);
const mine = unit(3, 'FX002', '阜新矿业集团', city);
// A unit whose name is another unit's code: the name wins, as the column says it is a name.
const confusing = unit(4, 'ODD', 'FX001', city);
const UNITS = new UnitDirectory([city, factory, mine, confusing]);
const ORGANIZER: Actor = { userId: 1, role: 'ORGANIZER', scope: null };
const COORDINATOR: Actor = { userId: 2, role: 'UNIT_COORDINATOR', scope: factory };

async function check(csv: string, actor = ORGANIZER): Promise<CheckedRow[]> {
  const rows: CheckedRow[] = [];
  for await (const row of checkRosterRows(Buffer.from(csv), 'csv', UNITS, actor, {
    maxRows: 100,
  })) {
    rows.push(row);
  }
  return rows;
}

const unitOf = (row: CheckedRow) => (row.ok ? row.input.unitId : row.rejected.map((r) => r.code));

describe('checkRosterRows: the unit of a row', () => {
  it('takes a unit code in the 单位 column when no unit has that name, in any case', async () => {
    const rows = await check(
      [
        '姓名,身份证号,单位',
        `王建国,${idNumber(1)},FX002`,
        `李秀英,${idNumber(2)}, fx002 `,
        `张伟,${idNumber(3)},阜新矿业集团`,
        `孙丽,${idNumber(4)},FX999`,
      ].join('\n'),
    );
    expect(rows.map(unitOf)).toEqual([3, 3, 3, ['UNIT_UNKNOWN']]);
    const unknown = rows[3];
    expect(!unknown.ok && unknown.rejected[0]).toMatchObject({ field: 'unit', column: '单位' });
  });

  it('prefers a unit named so over a unit coded so', async () => {
    const rows = await check(['姓名,身份证号,单位', `王建国,${idNumber(1)},FX001`].join('\n'));
    expect(rows.map(unitOf)).toEqual([4]);
  });

  it('does not read the 单位 cell as a code when the row gives a code of its own', async () => {
    const rows = await check(
      ['姓名,身份证号,单位,单位代码', `王建国,${idNumber(1)},FX002,FX002`].join('\n'),
    );
    expect(rows.map(unitOf)).toEqual([['UNIT_CODE_NAME_MISMATCH']]);
  });

  it('keeps a coordinator to their units when the 单位 cell holds a code', async () => {
    const rows = await check(
      ['姓名,身份证号,单位', `王建国,${idNumber(1)},FX002`, `李秀英,${idNumber(2)},ODD`].join('\n'),
      COORDINATOR,
    );
    expect(rows.map(unitOf)).toEqual([['UNIT_OUT_OF_SCOPE'], ['UNIT_OUT_OF_SCOPE']]);
  });
});

describe('checkRosterRows: the header', () => {
  it('reports the header once, before the rows, and lets the caller refuse it', async () => {
    const seen: RosterHeader[] = [];
    const csv = Buffer.from(`姓名,身份证号\n王建国,${idNumber(1)}\n`);
    const rows = checkRosterRows(csv, 'csv', UNITS, ORGANIZER, {
      maxRows: 100,
      onHeader: (header) => {
        seen.push(header);
        throw new Error('no unit column');
      },
    });
    await expect(rows.next()).rejects.toThrow('no unit column');
    expect(seen).toHaveLength(1);
    expect(seen[0].columns).toEqual({ name: '姓名', idNumber: '身份证号' });
  });
});
