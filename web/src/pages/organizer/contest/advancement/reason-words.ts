import type {
  AdvancementChange,
  AdvancementEntry,
  AdvancementReason,
  AdvancementStatus,
} from '../../../../api/types';

/*
 * The advancement list's reasons in words (docs/advancement.md "Reasons"): each entry carries a
 * code and its facts, and these functions turn them into the sentence the organizer's and the
 * public's pages show, in Chinese and English. Pure: the names of feeders and units come from the
 * caller, so the same words serve both pages and the unit spec (test/web/reason-words.spec.ts).
 */

export type Lang = 'zh-CN' | 'en';

export interface ReasonNames {
  /** A feeder contest's name as the page knows it ("海州区初赛"). */
  feeder(contestId: number): string;
  /** A unit's name ("海州区总工会"). */
  unit(unitId: number): string;
}

/** An instant in China time, as the organizers set the deadline: "2026-05-10 17:00". */
export function chinaTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes): string =>
    parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}`;
}

/** "1st", "2nd", "3rd", "11th", "23rd". */
function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}

/** Facts a reason code always carries (the view types make them optional, as the code varies). */
const num = (value: number | null | undefined): number => value ?? 0;

function lineName(reason: AdvancementReason, lang: Lang, names: ReasonNames): string {
  const line = reason.line;
  if (!line) return '';
  if (line.kind === 'FEEDER') return names.feeder(num(line.feederContestId));
  if (line.kind === 'UNIT') return names.unit(num(line.unitId));
  if (line.kind === 'POOL') return lang === 'en' ? 'the refill places' : '补充名额';
  return lang === 'en' ? 'all feeders' : '全部选拔赛';
}

function tiedZh(tiedAtCut: boolean | undefined): string {
  return tiedAtCut ? '（并列于截止名次，一并晋级）' : '';
}
function tiedEn(tiedAtCut: boolean | undefined): string {
  return tiedAtCut ? ' (tied at the cut: all tied advance)' : '';
}

/**
 * ADVANCED_ELSEWHERE (one worker, one place): read by its name, so the words hold both before and
 * after the generated types learn the code.
 */
const elsewhere = (r: AdvancementReason): boolean => (r.code as string) === 'ADVANCED_ELSEWHERE';

function zh(reason: AdvancementReason, names: ReasonNames): string {
  const r = reason;
  if (elsewhere(r)) {
    return `已从${names.feeder(num(r.feederContestId))}晋级，同一选手只占一个名额`;
  }
  switch (r.code) {
    case 'WITHIN_FEEDER_TOP_N': {
      const where = names.feeder(num(r.feederContestId));
      // `place` counts those still in the line: after a decline it is less than the rank.
      const moved = r.place !== r.rank ? `，顺延为第${num(r.place)}位` : '';
      return `${where}第${num(r.rank)}名${moved}，前${num(r.n)}名晋级${tiedZh(r.tiedAtCut)}`;
    }
    case 'QUOTA_OF_UNIT':
      return `${names.unit(num(r.unitId))}名额${num(r.places)}个，单位内第${num(r.place)}位，晋级${tiedZh(r.tiedAtCut)}`;
    case 'POOL_REFILL':
      return `各单位未用名额${num(r.places)}个补充晋级，总分列第${num(r.place)}位${tiedZh(r.tiedAtCut)}`;
    case 'WITHIN_TOP_N_OVERALL':
      return `总排名第${num(r.place)}位，前${num(r.n)}名晋级${tiedZh(r.tiedAtCut)}`;
    case 'WITHIN_TOP_PERCENT':
      return `总排名第${num(r.place)}位，前${r.percent ?? ''}%晋级（${num(r.field)}人中取${num(r.places)}名）${tiedZh(r.tiedAtCut)}`;
    case 'RESERVE_OF_FEEDER':
      return `${names.feeder(num(r.feederContestId))}递补第${num(r.reserveNo)}名`;
    case 'RESERVE_OF_UNIT': {
      const pool =
        r.poolReserveNo !== null && r.poolReserveNo !== undefined
          ? `；补充名额递补第${r.poolReserveNo}名`
          : '';
      return `${names.unit(num(r.unitId))}递补第${num(r.reserveNo)}名${pool}`;
    }
    case 'RESERVE_OF_POOL':
      return `所在单位无名额，补充名额递补第${num(r.reserveNo)}名`;
    case 'RESERVE_OVERALL':
      return `递补第${num(r.reserveNo)}名`;
    case 'TIE_AT_CUT_EXCLUDED':
      return `并列第${num(r.place)}名超出名额，均不晋级（${lineName(r, 'zh-CN', names)}${num(r.tied)}人并列，名额${num(r.places)}个）；递补第${num(r.reserveNo)}名`;
    case 'DECLINED':
      return `弃权：${r.reason ?? ''}${r.afterDeadline ? '（确认截止后弃权，名额不再递补）' : ''}`;
    case 'NOT_CONFIRMED_IN_TIME':
      return `未在截止时间前确认（${chinaTime(r.confirmBy ?? '')}），视为弃权`;
    case 'GUEST':
      return '外单位选手（不参与评奖），不参与晋级';
    case 'ABSENT':
      return '缺考，不具备晋级资格';
    case 'DISQUALIFIED':
      return '被取消比赛资格，不具备晋级资格';
    case 'BELOW_MIN_TOTAL':
      return `总分${r.total ?? ''}低于晋级最低分${r.minTotal ?? ''}`;
    case 'PART_NOT_PASSED':
      return '有比赛模块未达及格线，不具备晋级资格';
    case 'NO_QUOTA_FOR_UNIT':
      return '所在单位没有晋级名额';
  }
  return String((reason as { code: string }).code);
}

function en(reason: AdvancementReason, names: ReasonNames): string {
  const r = reason;
  if (elsewhere(r)) {
    return `Advances from ${names.feeder(num(r.feederContestId))}: one place per worker`;
  }
  switch (r.code) {
    case 'WITHIN_FEEDER_TOP_N': {
      const where = names.feeder(num(r.feederContestId));
      const moved = r.place !== r.rank ? `, moved up to ${ordinal(num(r.place))}` : '';
      return `Rank ${num(r.rank)} in ${where}${moved}; the top ${num(r.n)} advance${tiedEn(r.tiedAtCut)}`;
    }
    case 'QUOTA_OF_UNIT':
      return `${ordinal(num(r.place))} of ${names.unit(num(r.unitId))}, which has ${num(r.places)} places${tiedEn(r.tiedAtCut)}`;
    case 'POOL_REFILL':
      return `${ordinal(num(r.place))} for the ${num(r.places)} places the units left unused${tiedEn(r.tiedAtCut)}`;
    case 'WITHIN_TOP_N_OVERALL':
      return `${ordinal(num(r.place))} overall; the top ${num(r.n)} advance${tiedEn(r.tiedAtCut)}`;
    case 'WITHIN_TOP_PERCENT':
      return `${ordinal(num(r.place))} overall; the top ${r.percent ?? ''}% advance (${num(r.places)} of ${num(r.field)})${tiedEn(r.tiedAtCut)}`;
    case 'RESERVE_OF_FEEDER':
      return `Reserve ${num(r.reserveNo)} of ${names.feeder(num(r.feederContestId))}`;
    case 'RESERVE_OF_UNIT': {
      const pool =
        r.poolReserveNo !== null && r.poolReserveNo !== undefined
          ? `; reserve ${r.poolReserveNo} for the refill places`
          : '';
      return `Reserve ${num(r.reserveNo)} of ${names.unit(num(r.unitId))}${pool}`;
    }
    case 'RESERVE_OF_POOL':
      return `No places for their unit; reserve ${num(r.reserveNo)} for the refill places`;
    case 'RESERVE_OVERALL':
      return `Reserve ${num(r.reserveNo)}`;
    case 'TIE_AT_CUT_EXCLUDED':
      return `Tied ${ordinal(num(r.place))} beyond the places: none of them advance (${num(r.tied)} tied in ${lineName(r, 'en', names)}, ${num(r.places)} places); reserve ${num(r.reserveNo)}`;
    case 'DECLINED':
      return `Declined: ${r.reason ?? ''}${r.afterDeadline ? ' (after the deadline: the place is not refilled)' : ''}`;
    case 'NOT_CONFIRMED_IN_TIME':
      return `Did not confirm by the deadline (${chinaTime(r.confirmBy ?? '')}): counted as declined`;
    case 'GUEST':
      return 'Guest (out of competition): does not advance';
    case 'ABSENT':
      return 'Absent: not eligible';
    case 'DISQUALIFIED':
      return 'Disqualified: not eligible';
    case 'BELOW_MIN_TOTAL':
      return `Total ${r.total ?? ''} is below the minimum of ${r.minTotal ?? ''}`;
    case 'PART_NOT_PASSED':
      return 'Failed a part: not eligible';
    case 'NO_QUOTA_FOR_UNIT':
      return 'Their unit has no places';
  }
  return String((reason as { code: string }).code);
}

/** Why an entry has its status, in a sentence. */
export function reasonWords(reason: AdvancementReason, lang: Lang, names: ReasonNames): string {
  return lang === 'en' ? en(reason, names) : zh(reason, names);
}

/** The status tag: 晋级 / 递补 n / 弃权 / 不具备资格. */
export function statusWords(
  entry:
    | Pick<AdvancementEntry, 'status' | 'reserveNo'>
    | { status: AdvancementStatus; reserveNo?: number | null },
  lang: Lang,
): string {
  const no = entry.reserveNo ?? '';
  switch (entry.status) {
    case 'ADVANCED':
      return lang === 'en' ? 'Advanced' : '晋级';
    case 'RESERVE':
      return lang === 'en' ? `Reserve ${no}` : `递补 ${no}`;
    case 'DECLINED':
      return lang === 'en' ? 'Declined' : '弃权';
    case 'NOT_ELIGIBLE':
      return lang === 'en' ? 'Not eligible' : '不具备资格';
  }
}

/** Element Plus tag colour of a status. */
export function statusTagType(
  status: AdvancementStatus,
): 'success' | 'warning' | 'info' | 'danger' {
  return status === 'ADVANCED'
    ? 'success'
    : status === 'RESERVE'
      ? 'warning'
      : status === 'DECLINED'
        ? 'danger'
        : 'info';
}

const KIND_WORDS: Record<AdvancementChange['kind'], Record<Lang, string>> = {
  MOVED_IN: { 'zh-CN': '晋级', en: 'Moved in' },
  MOVED_OUT: { 'zh-CN': '不再晋级', en: 'Moved out' },
  STATUS_CHANGED: { 'zh-CN': '状态变化', en: 'Status changed' },
  RESERVE_RENUMBERED: { 'zh-CN': '递补顺序变化', en: 'Reserve renumbered' },
  DETAILS_CHANGED: { 'zh-CN': '信息更正', en: 'Details corrected' },
};

/** What moved for one entrant since the version before: "晋级" and so on. */
export function changeKindWords(kind: AdvancementChange['kind'], lang: Lang): string {
  return KIND_WORDS[kind][lang];
}

/**
 * One change in a sentence, what and why: "李娜：递补 1 → 晋级（海州区初赛第3名，顺延为第2位，前2名晋级）".
 * A change of version 1 (nobody before) reads as the entrant's place on the list.
 */
export function changeWords(change: AdvancementChange, lang: Lang, names: ReasonNames): string {
  const state = (s: AdvancementChange['before']): string =>
    s ? statusWords(s, lang) : lang === 'en' ? 'not listed' : '未列入';
  const why = change.after
    ? reasonWords(change.after.reason, lang, names)
    : change.before
      ? reasonWords(change.before.reason, lang, names)
      : '';
  // A confirmation changes no status: it is said after the new one (晋级 → 晋级，已确认).
  const confirmed =
    change.after?.confirmed && !change.before?.confirmed
      ? lang === 'en'
        ? ', confirmed'
        : '，已确认'
      : '';
  const move = change.before
    ? `${state(change.before)} → ${state(change.after)}${confirmed}`
    : `${state(change.after)}${confirmed}`;
  return lang === 'en' ? `${change.name}: ${move} (${why})` : `${change.name}：${move}（${why}）`;
}
