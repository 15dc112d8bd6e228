import type { Attendance } from '../src/judging/rules/score-entry';
import type { ResultRow } from '../src/results/results.entities';

/** One entrant of a preliminary, as its registration and worker give it. */
export interface PreliminaryEntrant {
  id: number;
  unit_id: number;
  name: string;
  out_of_competition: boolean | number;
  attendance: string;
  time_seconds: number | null;
  blind_code: string;
}

/** Half points as the results write a criterion's points: "171/2" or "85". */
const halves = (h: number) => (h % 2 === 0 ? String(h / 2) : `${h}/2`);

/**
 * One preliminary's rows as a results run writes them (written with the results module's
 * resultRowValues): the present ranked by total, then the
 * practical part, then the time (a full tie shares the rank and is `tied`), guests ranked with
 * them but titled GUEST, the absent and disqualified after them without a rank; the best 5 % of
 * the official field EXCELLENT (优秀选手).
 */
export function resultRows(
  runId: number,
  contestId: number,
  entrants: PreliminaryEntrant[],
  unitNames: Map<number, string>,
  random: () => number,
): Array<Omit<ResultRow, 'id'>> {
  const scored = entrants.map((e) => {
    const skill = 0.45 + 0.5 * random();
    const noisy = () =>
      Math.min(200, Math.max(0, Math.round(200 * (skill + (random() - 0.5) / 5))));
    const theory = noisy(); // half points out of 100
    const practical = noisy();
    // Parts scaled to 100 in hundredths; the total weighs them 30 : 70, rounded half up.
    const theoryCenti = theory * 50;
    const practicalCenti = practical * 50;
    const total = Math.floor((30 * theoryCenti + 70 * practicalCenti + 50) / 100);
    return { e, theory, practical, theoryCenti, practicalCenti, total };
  });
  const present = scored.filter((s) => s.e.attendance === 'PRESENT');
  present.sort(
    (a, b) =>
      b.total - a.total ||
      b.practicalCenti - a.practicalCenti ||
      (a.e.time_seconds ?? 0) - (b.e.time_seconds ?? 0),
  );
  const same = (a: (typeof present)[number], b: (typeof present)[number]) =>
    a.total === b.total &&
    a.practicalCenti === b.practicalCenti &&
    a.e.time_seconds === b.e.time_seconds;
  const field = present.filter((s) => !s.e.out_of_competition).length;
  const excellent = Math.floor(field / 20);
  const rows: Array<Omit<ResultRow, 'id'>> = [];
  const entrant = (e: PreliminaryEntrant) => ({
    runId,
    contestId,
    registrationId: Number(e.id),
    attendance: e.attendance as Attendance,
    timeSeconds: e.time_seconds,
    name: e.name,
    unitId: Number(e.unit_id),
    unitName: unitNames.get(Number(e.unit_id)) ?? '',
    blindCode: e.blind_code,
  });
  let rank = 0;
  let official = 0;
  present.forEach((s, i) => {
    if (i === 0 || !same(present[i - 1], s)) rank = i + 1;
    const tied =
      (i > 0 && same(present[i - 1], s)) || (i + 1 < present.length && same(present[i + 1], s));
    const guest = Boolean(s.e.out_of_competition);
    if (!guest) official++;
    const titled = !guest && official <= excellent;
    rows.push({
      ...entrant(s.e),
      position: i + 1,
      rank,
      tied,
      guest,
      totalCenti: s.total,
      parts: {
        parts: [
          { key: 'theory', name: '理论', scaledCenti: s.theoryCenti, passed: null },
          { key: 'practical', name: '实操', scaledCenti: s.practicalCenti, passed: null },
        ],
        criteria: { exam: halves(s.theory), task: halves(s.practical) },
      },
      title: titled ? 'EXCELLENT' : null,
      titleReason: guest ? 'GUEST' : titled ? 'AWARDED' : 'OUTSIDE_LADDER',
      titleDetail: titled ? `EXCELLENT (top 5% of ${field} ranked)` : 'outside the title ladder',
      titleDetailZh: titled ? `优秀选手（前5%，共${field}人）` : '未进入称号序列',
    });
  });
  scored
    .filter((s) => s.e.attendance !== 'PRESENT')
    .forEach((s, k) => {
      rows.push({
        ...entrant(s.e),
        position: present.length + k + 1,
        rank: null,
        tied: false,
        guest: Boolean(s.e.out_of_competition),
        totalCenti: null,
        parts: { parts: [], criteria: {} },
        title: null,
        titleReason: 'NOT_RANKED',
        titleDetail: s.e.attendance === 'ABSENT' ? 'absent' : 'disqualified',
        titleDetailZh: s.e.attendance === 'ABSENT' ? '缺考' : '取消资格',
        timeSeconds: null,
      });
    });
  return rows;
}
