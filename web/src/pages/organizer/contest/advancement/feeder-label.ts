import type { Contest } from '@/api/types';

type Translate = (key: string, named?: Record<string, unknown>) => string;

/** A round in words: 初赛, 复赛, 第3轮. */
export function roundWords(round: number, t: Translate): string {
  return round === 1 || round === 2
    ? t(`organizer.advancement.roundNames.${round}`)
    : t('organizer.advancement.roundNames.other', { round });
}

/**
 * A contest as a feeder is named on the page and in the reasons: its host unit and round
 * ("海州区总工会初赛"), or, run by the organizers, its trade, round and number.
 */
export function contestLabel(
  contest: Pick<Contest, 'id' | 'round' | 'hostUnitId' | 'trade'>,
  unitNames: ReadonlyMap<number, string>,
  t: Translate,
): string {
  const round = roundWords(contest.round, t);
  const host = contest.hostUnitId !== null ? unitNames.get(contest.hostUnitId) : undefined;
  return host
    ? t('organizer.advancement.feederName', { host, round })
    : t('organizer.advancement.feederNoHost', { trade: contest.trade.name, round, id: contest.id });
}
