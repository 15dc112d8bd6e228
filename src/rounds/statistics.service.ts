import { Injectable } from '@nestjs/common';
import { CompetitionErrors } from '../competitions/competitions.errors';
import { GrantsRepository } from './grants.repository';
import { GrantsResponse } from './grants.response';
import { StatisticsRepository } from './statistics.repository';
import type {
  FunnelTradeView,
  HostContestsView,
  RoundContestsView,
  StatisticsResponse,
  TitleCountView,
  UnitTitlesView,
} from './statistics.response';

/** The default ladder's order first; any other key after, alphabetically. */
const LADDER = ['CHAMPION', 'PACESETTER', 'EXPERT', 'EXCELLENT'];
const titleOrder = (a: string, b: string): number => {
  const [i, j] = [LADDER.indexOf(a), LADDER.indexOf(b)];
  if (i !== j) return (i < 0 ? LADDER.length : i) - (j < 0 ? LADDER.length : j);
  return a < b ? -1 : a > b ? 1 : 0;
};
const counted = (byTitle: Map<string, number>): TitleCountView[] =>
  [...byTitle.keys()].sort(titleOrder).map((title) => ({ title, count: byTitle.get(title)! }));
const add = <K>(map: Map<K, number>, key: K, by: number) => map.set(key, (map.get(key) ?? 0) + by);

/**
 * The competition's figures (DOMAIN.md "Participation counts"; docs/statistics.md): computed from
 * the data on every request by a few aggregate queries, never typed in. Only needs a DataSource.
 */
@Injectable()
export class StatisticsService {
  constructor(
    private readonly statistics: StatisticsRepository,
    private readonly grants: GrantsRepository,
  ) {}

  async compute(competitionId: number): Promise<StatisticsResponse> {
    if (!(await this.statistics.competitionExists(competitionId)))
      throw CompetitionErrors.notFound(competitionId);
    const [contests, participants, entries, advanced, published, grants] = await Promise.all([
      this.statistics.contests(competitionId),
      this.statistics.participants(competitionId),
      this.statistics.entries(competitionId),
      this.statistics.advanced(competitionId),
      this.statistics.published(competitionId),
      this.grants.grantsWithUnits(competitionId),
    ]);
    const contestById = new Map(contests.map((c) => [c.contestId, c]));

    const byRound = new Map<number, RoundContestsView>();
    const byHost = new Map<number | null, HostContestsView>();
    for (const c of contests) {
      const round = byRound.get(c.round) ?? { round: c.round, contests: 0, held: 0 };
      const host = byHost.get(c.hostUnitId) ?? {
        unitId: c.hostUnitId,
        unit: c.hostUnit,
        contests: 0,
        held: 0,
      };
      round.contests++;
      host.contests++;
      if (c.held) {
        round.held++;
        host.held++;
      }
      byRound.set(c.round, round);
      byHost.set(c.hostUnitId, host);
    }

    // Per contest: ranked and titles; per round and per unit: titles by kind.
    const ranked = new Map<number, number>();
    const titlesOfContest = new Map<number, number>();
    const titlesByRound = new Map<number, Map<string, number>>();
    const titlesByUnit = new Map<number, { unit: string; byTitle: Map<string, number> }>();
    for (const p of published) {
      add(ranked, p.contestId, p.ranked);
      if (p.title === null) continue;
      const round = contestById.get(p.contestId)?.round ?? 1;
      add(titlesOfContest, p.contestId, p.rows);
      const ofRound = titlesByRound.get(round) ?? new Map<string, number>();
      titlesByRound.set(round, add(ofRound, p.title, p.rows));
      const unit = titlesByUnit.get(p.unitId) ?? {
        unit: p.unit,
        byTitle: new Map<string, number>(),
      };
      add(unit.byTitle, p.title, p.rows);
      titlesByUnit.set(p.unitId, unit);
    }
    const sum = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
    const unitTitles: UnitTitlesView[] = [...titlesByUnit.entries()]
      .map(([unitId, u]) => ({
        unitId,
        unit: u.unit,
        total: sum(u.byTitle),
        byTitle: counted(u.byTitle),
      }))
      .sort((a, b) => b.total - a.total || a.unitId - b.unitId);

    const funnel = new Map<number, FunnelTradeView>();
    for (const c of contests) {
      const trade = funnel.get(c.tradeId) ?? {
        tradeId: c.tradeId,
        tradeName: c.tradeName,
        rounds: [],
      };
      funnel.set(c.tradeId, trade);
      let round = trade.rounds.find((r) => r.round === c.round);
      if (!round) {
        round = {
          round: c.round,
          contests: 0,
          held: 0,
          entries: 0,
          ranked: 0,
          advanced: 0,
          titles: 0,
        };
        trade.rounds.push(round);
      }
      round.contests++;
      if (c.held) round.held++;
      round.entries += entries.get(c.contestId) ?? 0;
      round.ranked += ranked.get(c.contestId) ?? 0;
      round.advanced += advanced.get(c.contestId) ?? 0;
      round.titles += titlesOfContest.get(c.contestId) ?? 0;
    }
    for (const trade of funnel.values()) trade.rounds.sort((a, b) => a.round - b.round);

    const grantFigures = GrantsResponse.of(grants);
    return {
      trades: funnel.size,
      participants,
      contests: {
        total: contests.length,
        held: contests.filter((c) => c.held).length,
        byRound: [...byRound.values()].sort((a, b) => a.round - b.round),
        // The federation's own contests (no host) first, then by most contests.
        byUnit: [...byHost.values()].sort(
          (a, b) =>
            (a.unitId === null ? -1 : 0) - (b.unitId === null ? -1 : 0) ||
            b.contests - a.contests ||
            (a.unitId ?? 0) - (b.unitId ?? 0),
        ),
      },
      titles: {
        total: unitTitles.reduce((n, u) => n + u.total, 0),
        byRound: [...titlesByRound.entries()]
          .sort(([a], [b]) => a - b)
          .map(([round, m]) => ({ round, total: sum(m), byTitle: counted(m) })),
        byUnit: unitTitles,
      },
      grants: { total: grantFigures.total, used: grantFigures.used, byUnit: grantFigures.grants },
      funnel: [...funnel.values()],
    };
  }
}
