import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { WorkersRepository } from '../workers/workers.repository';
import { RegistrationErrors } from './registrations.errors';
import { OtherEntry, RegistrationsRepository } from './registrations.repository';

const ACTIVE = new Set(['PENDING', 'APPROVED']);

/**
 * The organizer's side of a transfer request (Enrolment.ownRecords): approving a registration
 * entered for someone on record in another unit moves that person to the entering unit.
 */
@Injectable()
export class RegistrationTransfers {
  constructor(
    private readonly workers: WorkersRepository,
    private readonly registrations: RegistrationsRepository,
  ) {}

  /**
   * Settles the transfer requests among these registrations, which are being approved: each
   * request's row is merged into the record of its ID number (all its registrations move to the
   * record; the record takes the unit, name and, when one was given, phone that were entered), or
   * becomes the record itself when there is none any more (anonymised meanwhile). Refused, changing
   * nothing, when the record is already entered in a contest of the request, or when the merged
   * worker would be entered in two trades of one competition that do not both allow it.
   */
  async settle(manager: EntityManager, approving: number[], now: Date): Promise<void> {
    const claimIds = await this.registrations.claimsAmong(manager, approving);
    if (claimIds.length === 0) return;
    const claims = await this.workers.findByIds(manager, claimIds);
    const records = new Map(
      (
        await this.workers.findByIdNumbers(
          manager,
          claims.map((c) => c.idNumber),
        )
      ).map((w) => [w.idNumber, w]),
    );
    await this.workers.lock(manager, [...claimIds, ...[...records.values()].map((r) => r.id)]);
    const approved = new Set(approving);
    for (const claim of claims) {
      const record = records.get(claim.idNumber);
      if (!record) {
        await this.workers.promote(manager, claim, now);
        continue;
      }
      const requested = await this.registrations.entriesOf(manager, [claim.id]);
      const held = await this.registrations.entriesOf(manager, [record.id]);
      for (const entry of requested) {
        const same = held.find((h) => h.contestId === entry.contestId);
        if (same) throw RegistrationErrors.transferAlreadyEntered(entry.registrationId, same);
      }
      const active = (e: OtherEntry) => ACTIVE.has(e.status) || approved.has(e.registrationId);
      for (const entry of requested.filter(active)) {
        const clash = held.filter(active).find(
          (h) =>
            h.competitionId === entry.competitionId &&
            // Other rounds of the same trade are one path to the final (docs/registration.md).
            (h.tradeId === entry.tradeId
              ? h.round === entry.round
              : !(h.allowMultipleEntries && entry.allowMultipleEntries)),
        );
        if (clash) throw RegistrationErrors.transferOtherTrade(entry.registrationId, clash);
      }
      await this.registrations.moveToWorker(manager, claim.id, record.id, now);
      await this.workers.update(
        manager,
        record.id,
        {
          name: claim.name,
          unitId: claim.unitId,
          ...(claim.phone === null ? {} : { phone: claim.phone }),
        },
        now,
      );
      await this.workers.delete(manager, claim.id);
    }
  }
}
