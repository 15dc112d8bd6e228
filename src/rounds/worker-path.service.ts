import { Injectable } from '@nestjs/common';
import { formatCenti } from '../common/points';
import { ResultsErrors } from '../results/results.errors';
import { parseIdNumber } from '../workers/rules/id-number';
import { normalisePersonName } from '../workers/rules/text';
import type { PathEntryView, WorkerPathResponse } from './dto/worker-path.response';
import {
  pathReasonEn,
  pathReasonZh,
  roundNameEn,
  roundNameZh,
  type PathNames,
} from './rules/path-words';
import { WorkerPathRepository } from './worker-path.repository';

/**
 * A worker's path through the rounds (docs/registration.md "A worker's path"): every entry, its
 * published result, and where a later round's advancement list puts it, with the reason worded.
 * Names, ranks and totals only: never an ID number or a phone.
 */
@Injectable()
export class WorkerPathService {
  constructor(private readonly paths: WorkerPathRepository) {}

  async path(name: string, idNumber: string): Promise<WorkerPathResponse> {
    const parsed = parseIdNumber(idNumber);
    if (!parsed.ok) throw ResultsErrors.notAContestant();
    const entries = await this.paths.entries(normalisePersonName(name), parsed.idNumber);
    if (entries.length === 0) throw ResultsErrors.notAContestant();

    const results = new Map(
      (
        await this.paths.publishedRows(
          entries
            .filter((e) => e.publishedRunId !== null)
            .map((e) => ({ runId: e.publishedRunId as number, registrationId: e.registrationId })),
        )
      ).map((row) => [row.registrationId, row]),
    );
    const last = new Map(
      (await this.paths.lastRounds([...new Set(entries.map((e) => e.competitionId))])).map((r) => [
        `${r.competitionId}/${r.tradeId}`,
        r.round,
      ]),
    );
    const lastOf = (e: { competitionId: number; tradeId: number }) =>
      last.get(`${e.competitionId}/${e.tradeId}`) ?? 1;
    const later = await this.paths.laterRounds(entries.map((e) => e.contestId));
    const byContest = new Map(entries.map((e) => [e.contestId, e]));
    const unitIds = later.flatMap((l) =>
      (l.latest?.entries ?? []).flatMap((x) =>
        'unitId' in x.reason && typeof x.reason.unitId === 'number' ? [x.reason.unitId] : [],
      ),
    );
    const unitNames = await this.paths.unitNames([...new Set(unitIds)]);
    const names: PathNames = {
      feederZh: (id) => {
        const e = byContest.get(id);
        return e ? `${e.hostUnitName ?? ''}${roundNameZh(e.round, lastOf(e))}` : '选拔赛';
      },
      feederEn: (id) => {
        const e = byContest.get(id);
        return e
          ? `${e.hostUnitName ? `${e.hostUnitName} ` : ''}${roundNameEn(e.round, lastOf(e))}`
          : 'feeder';
      },
      unit: (unitId) => unitNames.get(unitId) ?? '',
    };

    return {
      entries: entries.map((e): PathEntryView => {
        const row = results.get(e.registrationId);
        let advancement: PathEntryView['advancement'] = null;
        for (const next of later.filter((l) => l.feederContestId === e.contestId)) {
          const listed = (next.latest?.entries ?? []).find(
            (x) => x.registrationId === e.registrationId,
          );
          if (!next.latest || !listed) continue;
          const finalist = entries.find(
            (f) => f.contestId === next.contestId && f.feederRegistrationId === e.registrationId,
          );
          const lastRound = lastOf(e);
          advancement = {
            contestId: next.contestId,
            round: next.round,
            roundName: roundNameZh(next.round, lastRound),
            status: listed.status,
            reserveNo: listed.reserveNo ?? null,
            provisional: next.latest.provisional,
            reason: listed.reason,
            reasonText: pathReasonZh(listed.reason, names),
            reasonTextEn: pathReasonEn(listed.reason, names),
            entry: finalist ? { status: finalist.registrationStatus } : null,
          };
        }
        const lastRound = lastOf(e);
        return {
          contestId: e.contestId,
          competition: { id: e.competitionId, name: e.competitionName },
          trade: e.tradeName,
          round: e.round,
          roundName: roundNameZh(e.round, lastRound),
          roundNameEn: roundNameEn(e.round, lastRound),
          hostUnit: e.hostUnitId === null ? null : { id: e.hostUnitId, name: e.hostUnitName ?? '' },
          registrationStatus: e.registrationStatus,
          result: row
            ? {
                rank: row.rank,
                total: row.totalCenti === null ? null : formatCenti(row.totalCenti),
                title: row.title,
              }
            : null,
          advancement,
        };
      }),
    };
  }
}
