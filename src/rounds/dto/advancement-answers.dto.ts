import { IsString, Matches, MaxLength } from 'class-validator';
import type { ApplyOutcome } from '../advancement-answers.service';
import { formatCenti } from '../../common/points';

export class DeclineAdvancementDto {
  /** Why the advancer declines (弃权原因), in their or their coordinator's words; kept on the list. */
  @IsString()
  @MaxLength(200)
  @Matches(/\S/, { message: 'reason must not be blank' })
  reason: string;
}

/** The carried total before and after, as published ("88.50"); null when none. */
export class CarriedTotalChangeView {
  before: string | null;
  after: string | null;
}

/** What an application changed for one worker of the final. */
export class FinalistChangeView {
  kind: 'CREATED' | 'APPROVED' | 'UPDATED' | 'WITHDRAWN';
  /** The final's registration. */
  registrationId: number;
  /** The feeder entry it advanced from. */
  feederRegistrationId: number | null;
  name: string;
  /** Present when the carried total changed (or was set, on creation). */
  carriedTotal?: CarriedTotalChangeView;
}

export class AdvancementApplyResponse {
  /** The version of the advancement list applied. */
  version: number;
  /** New registrations in the final, approved. */
  created: number;
  /** Registrations of the final approved again (withdrawn earlier, or entered by hand). */
  reapproved: number;
  /** Still approved, with another feeder entry, unit or carried total. */
  updated: number;
  unchanged: number;
  /** No longer advanced: withdrawn. */
  withdrawn: number;
  changes: FinalistChangeView[];

  static of(outcome: ApplyOutcome): AdvancementApplyResponse {
    const total = (centi: number | null) => (centi === null ? null : formatCenti(centi));
    return Object.assign(new AdvancementApplyResponse(), {
      version: outcome.version,
      created: outcome.created,
      reapproved: outcome.approved,
      updated: outcome.updated,
      unchanged: outcome.unchanged,
      withdrawn: outcome.withdrawn,
      changes: outcome.changes.map((c) => {
        const view: FinalistChangeView = {
          kind: c.kind,
          registrationId: c.registrationId,
          feederRegistrationId: c.feederRegistrationId,
          name:
            c.feederRegistrationId === null
              ? ''
              : (outcome.names.get(c.feederRegistrationId) ?? ''),
        };
        if (c.carriedTotalCenti) {
          view.carriedTotal = {
            before: total(c.carriedTotalCenti.before),
            after: total(c.carriedTotalCenti.after),
          };
        }
        return view;
      }),
    });
  }
}
