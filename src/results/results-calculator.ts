import { Injectable } from '@nestjs/common';
import type { Scheme } from '../contests/rules';
import type { JudgingScene } from '../judging/judging-context';
import { groupScores } from '../judging/confirmation.service';
import { assessGroup } from '../judging/rules/score-groups';
import type { ScoreRow } from '../judging/scores.repository';
import { aggregateCriterion } from './rules/aggregate';
import { computeTotal, ContestantTotal, failedPartKeys } from './rules/compute-total';
import { rankContestants } from './rules/rank';
import { formatRational, Rational } from './rules/rational';
import { awardTitles } from './rules/titles';
import type { ResultRow, RunSummary } from './results.entities';
import type { Entrant } from './results.repository';

/**
 * From confirmed scores to a run's rows, with the pure rules (rules/): each criterion's judges
 * combined by its method, parts and total in exact arithmetic, ranked with the tie-break chain,
 * titles by the ladder. Scores are read criterion by criterion as plain tuples, never as entities.
 */
@Injectable()
export class ResultsCalculator {
  /**
   * Every present entrant's points on every criterion (registration id → key → points), and how
   * many (entrant, criterion) groups are not CONFIRMED by the judging rules (assessGroup): points
   * are only taken from confirmed groups, and a run with any other group must not be computed.
   * One pass over the scores serves both, so a run does not assess every group twice.
   */
  criterionPoints(
    scene: JudgingScene,
    entrants: readonly Entrant[],
    scores: readonly ScoreRow[],
  ): { points: Map<number, Record<string, Rational>>; unconfirmed: number } {
    const present = entrants.filter((e) => e.attendance === 'PRESENT');
    const points = new Map<number, Record<string, Rational>>(
      present.map((e) => [e.registrationId, {}]),
    );
    let unconfirmed = 0;
    const byCriterion = groupScores(scores);
    for (const criterion of scene.criteria) {
      const byRegistration = byCriterion.get(criterion.id) ?? new Map<number, ScoreRow[]>();
      for (const entrant of present) {
        const rows = byRegistration.get(entrant.registrationId) ?? [];
        // Only the judges who count: assigned, and not in conflict with this worker.
        const requiredJudges = scene.panel.requiredJudges(criterion.key, entrant);
        const state = assessGroup({
          kind: criterion.kind,
          method: criterion.method,
          toleranceCenti: criterion.toleranceCenti,
          requiredJudges,
          scores: rows,
        });
        if (state.state !== 'CONFIRMED') {
          unconfirmed++;
          continue;
        }
        const values: number[] = [];
        for (const judgeId of requiredJudges) {
          const row = rows.find((r) => r.judgeId === judgeId);
          if (row) values.push(row.valueCenti);
        }
        points.get(entrant.registrationId)![criterion.key] = aggregateCriterion(criterion, values);
      }
    }
    return { points, unconfirmed };
  }

  /**
   * The present entrants without a feeder total to carry into the scheme's carried part (none
   * when the scheme has no carried part): results are not computed while there are any.
   */
  missingCarried(scheme: Scheme, entrants: readonly Entrant[]): Entrant[] {
    if (!scheme.parts.some((p) => p.carried)) return [];
    return entrants.filter((e) => e.attendance === 'PRESENT' && e.carriedTotalCenti === null);
  }

  /** The run's rows, ranked first (best first), then absent and disqualified entrants. */
  rows(
    scene: JudgingScene,
    scheme: Scheme,
    entrants: readonly Entrant[],
    points: Map<number, Record<string, Rational>>,
    runId: number,
  ): { rows: Omit<ResultRow, 'id'>[]; summary: Omit<RunSummary, 'ms'> } {
    const { contest } = scene;
    const present = entrants.filter((e) => e.attendance === 'PRESENT');
    const totals = new Map<number, ContestantTotal>(
      present.map((e) => [
        e.registrationId,
        computeTotal(scheme, points.get(e.registrationId)!, e.carriedTotalCenti),
      ]),
    );
    const ranked = rankContestants(
      present.map((e) => {
        const total = totals.get(e.registrationId)!;
        return {
          id: e.registrationId,
          totalCenti: total.totalCenti,
          partScaledCenti: Object.fromEntries(total.parts.map((p) => [p.key, p.scaledCenti])),
          criterionPoints: total.criteria,
          timeSeconds: e.timeSeconds,
          guest: e.guest,
        };
      }),
      contest.tieBreak,
    );
    const byId = new Map(entrants.map((e) => [e.registrationId, e]));
    const unranked = entrants.filter((e) => e.attendance !== 'PRESENT');
    const decisions = new Map(
      awardTitles(
        [
          ...ranked.map((r) => {
            const total = totals.get(r.id)!;
            return {
              id: r.id,
              rank: r.rank,
              guest: r.guest,
              totalCenti: total.totalCenti,
              allPartsPassed: total.allPartsPassed,
              failedParts: failedPartKeys(total),
            };
          }),
          ...unranked.map((e) => ({
            id: e.registrationId,
            rank: null,
            guest: e.guest,
            totalCenti: 0,
            allPartsPassed: true,
            failedParts: [],
          })),
        ],
        contest.titlePolicy,
        {
          minField: contest.minField,
          approvedEntrants: entrants.filter((e) => !e.guest).length,
          partNames: Object.fromEntries(scheme.parts.map((p) => [p.key, p.name])),
        },
      ).map((d) => [d.id, d]),
    );
    const partName = new Map(scheme.parts.map((p) => [p.key, p.name]));
    const rows: Omit<ResultRow, 'id'>[] = [];
    const titles: Record<string, number> = {};
    for (const r of ranked) {
      const e = byId.get(r.id)!;
      const total = totals.get(r.id)!;
      const decision = decisions.get(r.id)!;
      if (decision.title) titles[decision.title] = (titles[decision.title] ?? 0) + 1;
      rows.push(
        this.row(runId, contest.id, e, rows.length + 1, {
          rank: r.rank,
          tied: r.tied,
          totalCenti: total.totalCenti,
          parts: {
            parts: total.parts.map((p) => ({
              key: p.key,
              name: partName.get(p.key) ?? p.key,
              scaledCenti: p.scaledCenti,
              passed: p.passed,
            })),
            criteria: Object.fromEntries(
              Object.entries(total.criteria).map(([k, v]) => [k, formatRational(v)]),
            ),
          },
          decision,
        }),
      );
    }
    for (const e of unranked) {
      rows.push(
        this.row(runId, contest.id, e, rows.length + 1, {
          rank: null,
          tied: false,
          totalCenti: null,
          parts: { parts: [], criteria: {} },
          decision: decisions.get(e.registrationId)!,
        }),
      );
    }
    return {
      rows,
      summary: {
        contestants: entrants.length,
        ranked: ranked.filter((r) => !r.guest).length,
        guests: entrants.filter((e) => e.guest).length,
        absent: unranked.filter((e) => e.attendance === 'ABSENT').length,
        disqualified: unranked.filter((e) => e.attendance === 'DISQUALIFIED').length,
        titles,
      },
    };
  }

  private row(
    runId: number,
    contestId: number,
    e: Entrant,
    position: number,
    result: {
      rank: number | null;
      tied: boolean;
      totalCenti: number | null;
      parts: ResultRow['parts'];
      decision: { title: string | null; reason: string; detail: string; detailZh: string };
    },
  ): Omit<ResultRow, 'id'> {
    return {
      runId,
      contestId,
      registrationId: e.registrationId,
      position,
      rank: result.rank,
      tied: result.tied,
      guest: e.guest,
      attendance: e.attendance,
      totalCenti: result.totalCenti,
      parts: result.parts,
      title: result.decision.title,
      titleReason: result.decision.reason,
      titleDetail: result.decision.detail.slice(0, 200),
      titleDetailZh: result.decision.detailZh.slice(0, 200),
      timeSeconds: e.timeSeconds,
      name: e.name,
      unitId: e.unitId,
      unitName: e.unitName,
      blindCode: e.blindCode,
    };
  }
}
