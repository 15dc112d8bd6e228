import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { Contest } from '../contests/contest.entity';
import type { UnitDirectory } from '../units/unit-directory';
import type { Unit } from '../units/unit.entity';
import type { Role } from '../common/auth/principal';
import {
  NewWorker,
  WorkerChanges,
  WorkerRecord as Worker,
  WorkersRepository,
} from '../workers/workers.repository';
import type { Registration } from './registration.entity';
import {
  NewRegistration,
  OtherEntry,
  RegistrationChanges,
  RegistrationsRepository,
} from './registrations.repository';
import type { RosterEntry } from './rules/roster-row';

/** Who is registering: coordinators are limited to their unit's subtree (`scope`). */
export interface Actor {
  userId: number;
  role: Role;
  scope: Unit | null;
  /**
   * The worker entering themselves from the public page (docs/registration.md, "Self-registration"):
   * the registration is marked self-registered with no creating user, and a record on file is
   * never changed by it (name, phone and unit stay as the staff entered them).
   */
  self?: boolean;
}

/** One worker to enter, from a form or a roster row, with the unit already resolved. */
export interface EntryInput {
  rowNumber: number;
  entry: RosterEntry;
  unitId: number;
}

export type EntryOutcome =
  | {
      rowNumber: number;
      kind: 'created' | 'revived' | 'updated' | 'unchanged';
      registrationId: number;
      status: Registration['status'];
    }
  | {
      rowNumber: number;
      kind: 'rejected';
      field: 'idNumber';
      code: 'REGISTRATION_OTHER_TRADE' | 'REGISTRATION_REJECTED' | 'REGISTRATION_SAME_ROUND';
      message: string;
      messageZh: string;
      details: Record<string, unknown>;
    };

type Plan = {
  input: EntryInput;
  worker: Worker;
  workerChanges: WorkerChanges;
  registration?: Registration;
  registrationChanges: RegistrationChanges;
};

/**
 * The one write path that enters workers into a contest, shared by the form and the roster import
 * so that both apply the same rules: the worker is found by ID number (created or brought up to
 * date), the registration is created (or a withdrawn one re-opened), and a worker already entered
 * in another trade of the competition is refused unless both contests allow more entries, as is
 * one already entered in another contest of the same trade and round (other rounds of the same
 * trade are the worker's way to the final, docs/registration.md).
 * Runs inside the caller's transaction, for a batch of entries with distinct ID numbers.
 */
@Injectable()
export class Enrolment {
  constructor(
    private readonly workers: WorkersRepository,
    private readonly registrations: RegistrationsRepository,
  ) {}

  async apply(
    manager: EntityManager,
    contest: Contest,
    inputs: EntryInput[],
    actor: Actor,
    units: UnitDirectory,
    now: Date,
  ): Promise<EntryOutcome[]> {
    // New people first (a row of an unknown worker can only succeed), then every worker of the
    // batch is read back and, on PostgreSQL, locked: a concurrent request entering the same person
    // waits here and then sees what this one committed.
    const idNumbers = inputs.map((i) => i.entry.idNumber);
    let found = await this.workers.findByIdNumbers(manager, idNumbers);
    if (found.length < inputs.length) {
      const present = new Set(found.map((w) => w.idNumber));
      await this.workers.insertMissing(
        manager,
        inputs
          .filter((i) => !present.has(i.entry.idNumber))
          .map((input) => newWorker(input, null, now)),
      );
      found = await this.workers.findByIdNumbers(manager, idNumbers);
    }
    await this.workers.lock(
      manager,
      found.map((w) => w.id),
    );
    const known = await this.ownRecords(
      manager,
      inputs,
      new Map(found.map((w) => [w.idNumber, w])),
      actor,
      units,
      now,
    );
    const knownIds = [...known.values()].map((w) => w.id);
    const here = new Map(
      (await this.registrations.findInContest(manager, contest.id, knownIds)).map((r) => [
        r.workerId,
        r,
      ]),
    );
    const elsewhere = groupBy(
      await this.registrations.findActiveElsewhere(
        manager,
        contest.competitionId,
        contest.id,
        knownIds,
      ),
      (o) => o.workerId,
    );

    const outcomes = new Map<number, EntryOutcome>();
    const plans: Plan[] = [];
    for (const input of inputs) {
      const worker = known.get(input.entry.idNumber);
      if (!worker) throw new Error(`worker of row ${input.rowNumber} not stored`);
      const refusal = this.refusal(input, worker, here, elsewhere, contest);
      if (refusal) {
        outcomes.set(input.rowNumber, refusal);
        continue;
      }
      const registration = here.get(worker.id);
      plans.push({
        input,
        worker,
        workerChanges: actor.self ? {} : workerChanges(worker, input),
        registration,
        registrationChanges: registration
          ? registrationChanges(registration, input, actor.self === true)
          : {},
      });
    }

    await this.write(manager, contest, plans, actor, now);
    const created = new Map(
      (
        await this.registrations.findInContest(
          manager,
          contest.id,
          plans.filter((p) => !p.registration).map((p) => p.worker.id),
        )
      ).map((r) => [r.workerId, r]),
    );
    for (const plan of plans) {
      const registration = plan.registration ?? created.get(plan.worker.id);
      if (!registration) throw new Error(`registration of row ${plan.input.rowNumber} not stored`);
      const status = plan.registrationChanges.status ?? registration.status;
      const kind = !plan.registration
        ? 'created'
        : plan.registrationChanges.status === 'PENDING'
          ? 'revived'
          : Object.keys(plan.registrationChanges).length + Object.keys(plan.workerChanges).length
            ? 'updated'
            : 'unchanged';
      outcomes.set(plan.input.rowNumber, {
        rowNumber: plan.input.rowNumber,
        kind,
        registrationId: registration.id,
        status,
      });
    }
    return inputs.map((i) => outcomes.get(i.rowNumber)!);
  }

  /**
   * The worker each ID number stands for, as this actor may see them. A coordinator who enters an
   * ID number on record in a unit outside theirs must not learn that the person exists (a probe
   * would otherwise tell them who is on record, and where): they get the answer a new person would
   * get. What they typed is kept as a transfer request (a worker row claiming the record, in their
   * unit, without the ID number's look-up hash) and every rule runs on it as on a new person; the
   * record itself is left alone until the organizer approves (RegistrationTransfers). A request
   * already made within their units is reused, so a second entry behaves as it would for anyone.
   */
  private async ownRecords(
    manager: EntityManager,
    inputs: EntryInput[],
    records: Map<string, Worker>,
    actor: Actor,
    units: UnitDirectory,
    now: Date,
  ): Promise<Map<string, Worker>> {
    const scope = actor.scope;
    if (!scope) return records;
    const foreign = inputs.filter(
      (i) => !units.inScope(records.get(i.entry.idNumber)!.unitId, scope),
    );
    if (foreign.length === 0) return records;
    const recordIds = foreign.map((i) => records.get(i.entry.idNumber)!.id);
    const claimsInScope = async () => {
      const claims = new Map<number, Worker>();
      for (const claim of await this.workers.findClaimsOf(manager, recordIds)) {
        if (units.inScope(claim.unitId, scope) && !claims.has(claim.claimOf!)) {
          claims.set(claim.claimOf!, claim);
        }
      }
      return claims;
    };
    let claims = await claimsInScope();
    const unclaimed = foreign.filter((i) => !claims.has(records.get(i.entry.idNumber)!.id));
    if (unclaimed.length > 0) {
      await this.workers.insertMissing(
        manager,
        unclaimed.map((input) => newWorker(input, records.get(input.entry.idNumber)!.id, now)),
      );
      claims = await claimsInScope();
    }
    const own = new Map(records);
    for (const input of foreign) {
      const claim = claims.get(records.get(input.entry.idNumber)!.id);
      if (!claim) throw new Error(`transfer request of row ${input.rowNumber} not stored`);
      own.set(input.entry.idNumber, claim);
    }
    return own;
  }

  private refusal(
    input: EntryInput,
    worker: Worker,
    here: Map<number, Registration>,
    elsewhere: Map<number, OtherEntry[]>,
    contest: Contest,
  ): EntryOutcome | null {
    const rejected = (
      code: Extract<EntryOutcome, { kind: 'rejected' }>['code'],
      message: string,
      messageZh: string,
      details: Record<string, unknown> = {},
    ): EntryOutcome => ({
      rowNumber: input.rowNumber,
      kind: 'rejected',
      field: 'idNumber',
      code,
      message,
      messageZh,
      details,
    });
    const registration = here.get(worker.id);
    if (registration?.status === 'REJECTED') {
      return rejected(
        'REGISTRATION_REJECTED',
        `The organizer rejected this worker's registration ${registration.id}` +
          (registration.rejectReason ? ` (${registration.rejectReason})` : ''),
        `该职工的报名已被组织方驳回` +
          (registration.rejectReason ? `（${registration.rejectReason}）` : ''),
        { registrationId: registration.id },
      );
    }
    const entering = !registration || registration.status === 'WITHDRAWN';
    const others = entering ? (elsewhere.get(worker.id) ?? []) : [];
    // Other rounds of the same trade are the worker's path through the funnel (初赛 → 决赛); two
    // contests of one round of the trade (two districts' preliminaries) are one too many.
    const sameRound = others.find(
      (o) => o.tradeId === contest.tradeId && o.round === contest.round,
    );
    if (sameRound) {
      return rejected(
        'REGISTRATION_SAME_ROUND',
        `The worker is already entered in contest ${sameRound.contestId} of the same trade and round ` +
          `(registration ${sameRound.registrationId}); a worker enters one contest per round of a trade`,
        `该职工已报名本工种同一轮次的另一场比赛（报名编号 ${sameRound.registrationId}），每轮限报一场`,
        { registrationId: sameRound.registrationId, contestId: sameRound.contestId },
      );
    }
    const clash = others.find(
      (o) =>
        o.tradeId !== contest.tradeId && !(contest.allowMultipleEntries && o.allowMultipleEntries),
    );
    if (clash) {
      return rejected(
        'REGISTRATION_OTHER_TRADE',
        `The worker is already entered in trade ${clash.tradeCode} of this competition ` +
          `(registration ${clash.registrationId}); a worker may enter one trade unless both contests allow more`,
        `该职工已报名本届大赛的“${clash.tradeName}”工种（报名编号 ${clash.registrationId}），每人限报一个工种`,
        {
          registrationId: clash.registrationId,
          contestId: clash.contestId,
          tradeCode: clash.tradeCode,
        },
      );
    }
    return null;
  }

  private async write(
    manager: EntityManager,
    contest: Contest,
    plans: Plan[],
    actor: Actor,
    now: Date,
  ): Promise<void> {
    for (const plan of plans) {
      if (Object.keys(plan.workerChanges).length > 0) {
        await this.workers.update(manager, plan.worker.id, plan.workerChanges, now);
      }
      if (plan.registration && Object.keys(plan.registrationChanges).length > 0) {
        await this.registrations.update(
          manager,
          plan.registration.id,
          plan.registrationChanges,
          now,
        );
      }
    }
    const newRegistrations: NewRegistration[] = plans
      .filter((p) => !p.registration)
      .map((p) => ({
        contestId: contest.id,
        competitionId: contest.competitionId,
        workerId: p.worker.id,
        unitId: p.input.unitId,
        status: 'PENDING',
        rejectReason: null,
        outOfCompetition: false,
        stationNo: null,
        blindCode: null,
        timeSeconds: null,
        feederRegistrationId: null,
        carriedTotalCenti: null,
        selfRegistered: actor.self === true,
        attendance: 'PRESENT',
        createdBy: actor.self ? null : actor.userId,
        decidedBy: null,
        decidedAt: null,
        createdAt: now,
        updatedAt: now,
      }));
    await this.registrations.insertMissing(manager, newRegistrations);
  }
}

function newWorker(input: EntryInput, claimOf: number | null, now: Date): NewWorker {
  const { entry, unitId } = input;
  return {
    idNumber: entry.idNumber,
    name: entry.name,
    gender: entry.gender,
    birthDate: entry.birthDate,
    phone: entry.phone,
    unitId,
    claimOf,
    createdAt: now,
    updatedAt: now,
  };
}

/** What a row changes about a known worker: a blank phone keeps the one on file. */
function workerChanges(worker: Worker, input: EntryInput): WorkerChanges {
  const changes: WorkerChanges = {};
  if (worker.name !== input.entry.name) changes.name = input.entry.name;
  if (input.entry.phone !== null && worker.phone !== input.entry.phone) {
    changes.phone = input.entry.phone;
  }
  if (worker.unitId !== input.unitId) changes.unitId = input.unitId;
  return changes;
}

/**
 * A withdrawn entry listed again is re-opened; a pending one follows the worker's unit (not when
 * the worker enters themselves: only the staff move an entry).
 */
function registrationChanges(
  registration: Registration,
  input: EntryInput,
  self: boolean,
): RegistrationChanges {
  const changes: RegistrationChanges = {};
  if (registration.status === 'WITHDRAWN') {
    changes.status = 'PENDING';
    changes.decidedBy = null;
    changes.decidedAt = null;
  }
  const open = registration.status === 'WITHDRAWN' || registration.status === 'PENDING';
  if (open && !self && registration.unitId !== input.unitId) changes.unitId = input.unitId;
  return changes;
}

function groupBy<T, K>(items: T[], keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) groups.set(keyOf(item), [...(groups.get(keyOf(item)) ?? []), item]);
  return groups;
}
