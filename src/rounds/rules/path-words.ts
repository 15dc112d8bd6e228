import type { AdvancementReason } from './advancement.types';

/** "初赛" for round 1, "复赛" for a middle round, "决赛" for the last (docs/registration.md). */
export function roundNameZh(round: number, lastRound: number): string {
  if (round >= lastRound && round > 1) return '决赛';
  return round === 1 ? '初赛' : '复赛';
}

export function roundNameEn(round: number, lastRound: number): string {
  if (round >= lastRound && round > 1) return 'final';
  return round === 1 ? 'preliminary' : `round ${round}`;
}

/** What a reason's facts refer to by id, named for the worker: feeders ("海州区初赛") and units. */
export interface PathNames {
  feederZh(contestId: number): string;
  feederEn(contestId: number): string;
  unit(unitId: number): string;
}

const tied = (t: boolean | undefined, zh: boolean) =>
  t ? (zh ? '（并列，一并晋级）' : ' (tied at the cut: all tied advance)') : '';

/**
 * The reason for a worker's place on an advancement list, in Chinese, from its facts:
 * "海州区初赛第3名，每个赛区前3名晋级", "递补第1名".
 */
export function pathReasonZh(reason: AdvancementReason, names: PathNames): string {
  const r = reason as AdvancementReason & Record<string, unknown>;
  switch (reason.code) {
    case 'WITHIN_FEEDER_TOP_N':
      return `${names.feederZh(reason.feederContestId)}第${reason.rank}名，每个赛区前${reason.n}名晋级${tied(reason.tiedAtCut, true)}`;
    case 'QUOTA_OF_UNIT':
      return `${names.unit(reason.unitId)}名额${reason.places}个，排第${reason.place}位${tied(reason.tiedAtCut, true)}`;
    case 'POOL_REFILL':
      return `由未用名额递补，排第${reason.place}位（共${reason.places}个）${tied(reason.tiedAtCut, true)}`;
    case 'WITHIN_TOP_N_OVERALL':
      return `全部赛区第${reason.place}名，前${reason.n}名晋级${tied(reason.tiedAtCut, true)}`;
    case 'WITHIN_TOP_PERCENT':
      return `全部赛区第${reason.place}名，前${reason.percent}%（${reason.places}人）晋级${tied(reason.tiedAtCut, true)}`;
    case 'RESERVE_OF_FEEDER':
      return `${names.feederZh(reason.feederContestId)}递补第${reason.reserveNo}名`;
    case 'RESERVE_OF_UNIT':
      return `${names.unit(reason.unitId)}递补第${reason.reserveNo}名`;
    case 'RESERVE_OF_POOL':
    case 'RESERVE_OVERALL':
      return `递补第${reason.reserveNo}名`;
    case 'TIE_AT_CUT_EXCLUDED':
      return `${reason.tied}人并列第${reason.place}名，超出名额，均不晋级；递补第${reason.reserveNo}名`;
    case 'DECLINED':
      return reason.afterDeadline ? '已放弃晋级（确认截止后），名额不再递补' : '已放弃晋级';
    case 'NOT_CONFIRMED_IN_TIME':
      return '未在截止时间前确认参加，视为放弃';
    case 'GUEST':
      return '特邀参赛（不计名次），不参与晋级';
    case 'ABSENT':
      return '缺考，不能晋级';
    case 'DISQUALIFIED':
      return '被取消成绩，不能晋级';
    case 'BELOW_MIN_TOTAL':
      return `总分${reason.total}低于晋级最低分${reason.minTotal}`;
    case 'PART_NOT_PASSED':
      return '有部分成绩未及格，不能晋级';
    case 'NO_QUOTA_FOR_UNIT':
      return '所在单位没有晋级名额';
    default:
      return typeof r.feederContestId === 'number'
        ? `已通过${names.feederZh(r.feederContestId)}晋级`
        : '';
  }
}

export function pathReasonEn(reason: AdvancementReason, names: PathNames): string {
  const r = reason as AdvancementReason & Record<string, unknown>;
  switch (reason.code) {
    case 'WITHIN_FEEDER_TOP_N':
      return `Rank ${reason.rank} in the ${names.feederEn(reason.feederContestId)}; the best ${reason.n} of each advance${tied(reason.tiedAtCut, false)}`;
    case 'QUOTA_OF_UNIT':
      return `Place ${reason.place} of ${names.unit(reason.unitId)}'s ${reason.places} places${tied(reason.tiedAtCut, false)}`;
    case 'POOL_REFILL':
      return `Place ${reason.place} of ${reason.places} unused places refilled${tied(reason.tiedAtCut, false)}`;
    case 'WITHIN_TOP_N_OVERALL':
      return `Place ${reason.place} over all feeders; the best ${reason.n} advance${tied(reason.tiedAtCut, false)}`;
    case 'WITHIN_TOP_PERCENT':
      return `Place ${reason.place} over all feeders; the best ${reason.percent}% (${reason.places}) advance${tied(reason.tiedAtCut, false)}`;
    case 'RESERVE_OF_FEEDER':
      return `Reserve ${reason.reserveNo} of the ${names.feederEn(reason.feederContestId)}`;
    case 'RESERVE_OF_UNIT':
      return `Reserve ${reason.reserveNo} of ${names.unit(reason.unitId)}`;
    case 'RESERVE_OF_POOL':
    case 'RESERVE_OVERALL':
      return `Reserve ${reason.reserveNo}`;
    case 'TIE_AT_CUT_EXCLUDED':
      return `${reason.tied} tied at place ${reason.place}, past the places: none advance; reserve ${reason.reserveNo}`;
    case 'DECLINED':
      return reason.afterDeadline ? 'Declined (after the deadline; not refilled)' : 'Declined';
    case 'NOT_CONFIRMED_IN_TIME':
      return 'Did not confirm by the deadline: declined';
    case 'GUEST':
      return 'Guest (out of competition): does not advance';
    case 'ABSENT':
      return 'Absent: does not advance';
    case 'DISQUALIFIED':
      return 'Disqualified: does not advance';
    case 'BELOW_MIN_TOTAL':
      return `Total ${reason.total} is below the minimum ${reason.minTotal}`;
    case 'PART_NOT_PASSED':
      return 'A part was not passed: does not advance';
    case 'NO_QUOTA_FOR_UNIT':
      return 'The unit has no places';
    default:
      return typeof r.feederContestId === 'number'
        ? `Advanced through the ${names.feederEn(r.feederContestId)}`
        : '';
  }
}
