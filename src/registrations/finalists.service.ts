import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DomainError } from '../common/errors/domain-error';
import type { Contest } from '../contests/contest.entity';
import type { Registration } from './registration.entity';
import {
  NewRegistration,
  RegistrationChanges,
  RegistrationsRepository,
} from './registrations.repository';

/** One place in a final: the feeder entry that holds it and the total it carries. */
export interface FinalistPlace {
  feederRegistrationId: number;
  /** The feeder's published total in hundredths (the points of a carried part). */
  carriedTotalCenti: number | null;
}

export type FinalistChangeKind =
  /** A new registration in the final, approved. */
  | 'CREATED'
  /** A registration of the final (withdrawn, pending or rejected) approved as a finalist. */
  | 'APPROVED'
  /** Still approved; another feeder entry, unit or carried total. */
  | 'UPDATED'
  /** No longer has a place: withdrawn. */
  | 'WITHDRAWN';

export interface FinalistChange {
  kind: FinalistChangeKind;
  /** The final's registration. */
  registrationId: number;
  feederRegistrationId: number | null;
  workerId: number;
  carriedTotalCenti: { before: number | null; after: number | null } | null;
}

export interface FinalistsOutcome {
  created: number;
  /** Approved again (or adopted): counted apart from `created`. */
  approved: number;
  updated: number;
  unchanged: number;
  withdrawn: number;
  changes: FinalistChange[];
}

/**
 * The final's registrations that advancement makes (docs/advancement.md "Applying the list"):
 * one per worker with a place, APPROVED, in the feeder entry's unit, linked to that entry and
 * carrying its published total; every other registration that came from advancement is
 * WITHDRAWN. Each decision is recorded on the registration as an organizer's is (status,
 * decidedBy, decidedAt). Runs inside the caller's transaction, which holds the final's row; the
 * unique index on (contest, feeder registration) backs the one-finalist-per-entry rule. Knows
 * nothing of how the places were decided.
 */
@Injectable()
export class FinalistsService {
  constructor(private readonly registrations: RegistrationsRepository) {}

  async sync(
    manager: EntityManager,
    final: Contest,
    places: FinalistPlace[],
    userId: number,
    now: Date,
  ): Promise<FinalistsOutcome> {
    const feeders = new Map(
      (
        await this.registrations.findByIds(
          manager,
          places.map((p) => p.feederRegistrationId),
        )
      ).map((r) => [r.id, r]),
    );
    const wanted = new Map<number, { place: FinalistPlace; feeder: Registration }>();
    for (const place of places) {
      const feeder = feeders.get(place.feederRegistrationId);
      // A list computed before two entries were merged into one worker (a transfer), or naming an
      // entry since deleted: only a new computation can say who takes the place.
      if (!feeder || wanted.has(feeder.workerId)) {
        throw new DomainError(
          'CONFLICT',
          'ADVANCEMENT_LIST_STALE',
          `The latest advancement list of contest ${final.id} no longer matches the registrations ` +
            `(entry ${place.feederRegistrationId}); compute the list again, then apply it`,
          { feederRegistrationId: place.feederRegistrationId },
        );
      }
      wanted.set(feeder.workerId, { place, feeder });
    }
    const existing = await this.registrations.findFinalists(manager, final.id, [...wanted.keys()]);
    const byWorker = new Map(existing.map((r) => [r.workerId, r]));
    const outcome: FinalistsOutcome = {
      created: 0,
      approved: 0,
      updated: 0,
      unchanged: 0,
      withdrawn: 0,
      changes: [],
    };
    const decided = { decidedBy: userId, decidedAt: now };
    const toCreate: NewRegistration[] = [];
    for (const [workerId, { place, feeder }] of wanted) {
      const current = byWorker.get(workerId);
      if (!current) {
        toCreate.push({
          contestId: final.id,
          competitionId: final.competitionId,
          workerId,
          unitId: feeder.unitId,
          status: 'APPROVED',
          rejectReason: null,
          outOfCompetition: false,
          stationNo: null,
          blindCode: null,
          timeSeconds: null,
          feederRegistrationId: feeder.id,
          carriedTotalCenti: place.carriedTotalCenti,
          selfRegistered: false,
          attendance: 'PRESENT',
          createdBy: userId,
          ...decided,
          createdAt: now,
          updatedAt: now,
        });
        continue;
      }
      const changes: RegistrationChanges = {};
      if (current.status !== 'APPROVED') {
        Object.assign(changes, { status: 'APPROVED', rejectReason: null, ...decided });
      }
      if (current.feederRegistrationId !== feeder.id) changes.feederRegistrationId = feeder.id;
      if (current.unitId !== feeder.unitId) changes.unitId = feeder.unitId;
      if (current.carriedTotalCenti !== place.carriedTotalCenti) {
        changes.carriedTotalCenti = place.carriedTotalCenti;
      }
      if (Object.keys(changes).length === 0) {
        outcome.unchanged += 1;
        continue;
      }
      await this.registrations.update(manager, current.id, changes, now);
      const kind = changes.status === 'APPROVED' ? 'APPROVED' : 'UPDATED';
      outcome[kind === 'APPROVED' ? 'approved' : 'updated'] += 1;
      outcome.changes.push({
        kind,
        registrationId: current.id,
        feederRegistrationId: feeder.id,
        workerId,
        carriedTotalCenti:
          changes.carriedTotalCenti === undefined
            ? null
            : { before: current.carriedTotalCenti, after: place.carriedTotalCenti },
      });
    }
    for (const current of existing) {
      if (wanted.has(current.workerId) || current.feederRegistrationId === null) continue;
      if (current.status === 'WITHDRAWN') continue;
      await this.registrations.update(
        manager,
        current.id,
        { status: 'WITHDRAWN', ...decided },
        now,
      );
      outcome.withdrawn += 1;
      outcome.changes.push({
        kind: 'WITHDRAWN',
        registrationId: current.id,
        feederRegistrationId: current.feederRegistrationId,
        workerId: current.workerId,
        carriedTotalCenti: null,
      });
    }
    if (toCreate.length > 0) {
      await this.registrations.insertMissing(manager, toCreate);
      const created = await this.registrations.findFinalists(
        manager,
        final.id,
        toCreate.map((r) => r.workerId),
      );
      const ids = new Map(created.map((r) => [r.workerId, r]));
      for (const row of toCreate) {
        const stored = ids.get(row.workerId);
        if (!stored || stored.feederRegistrationId !== row.feederRegistrationId) {
          throw new Error(`finalist registration of worker ${row.workerId} not stored`);
        }
        outcome.created += 1;
        outcome.changes.push({
          kind: 'CREATED',
          registrationId: stored.id,
          feederRegistrationId: row.feederRegistrationId,
          workerId: row.workerId,
          carriedTotalCenti: { before: null, after: row.carriedTotalCenti },
        });
      }
    }
    return outcome;
  }
}
