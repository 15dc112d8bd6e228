import { formatFen } from './grants.rules';
import type { GrantChange } from './grants.entity';
import type { GrantWithUnit } from './grants.repository';

/** One unit's grant (专项资金) and its report of use; amounts in yuan as "12345.60". */
export class GrantResponse {
  unitId: number;
  unit: string;
  /** Granted, in yuan with 2 decimals: "12345.60". */
  amount: string;
  /** Used, as the unit reported it; null until reported. */
  used: string | null;
  report: string | null;
  updatedAt: string;
  /** Who made the last change (user id). */
  updatedBy: number | null;

  static of(g: GrantWithUnit): GrantResponse {
    return {
      unitId: g.unitId,
      unit: g.unitName,
      amount: formatFen(g.amountFen),
      used: g.usedFen === null ? null : formatFen(g.usedFen),
      report: g.report,
      updatedAt: g.updatedAt.toISOString(),
      updatedBy: g.updatedBy,
    };
  }
}

/** A competition's grants (the caller's subtree for a coordinator) and their exact sums. */
export class GrantsResponse {
  /** Sum of the amounts listed, "12345.60". */
  total: string;
  /** Sum of the used amounts reported, "0.00" when none. */
  used: string;
  grants: GrantResponse[];

  static of(grants: GrantWithUnit[]): GrantsResponse {
    return {
      total: formatFen(grants.reduce((n, g) => n + g.amountFen, 0)),
      used: formatFen(grants.reduce((n, g) => n + (g.usedFen ?? 0), 0)),
      grants: grants.map((g) => GrantResponse.of(g)),
    };
  }
}

/** One change of a grant: who, when, what it became (amounts in yuan). */
export class GrantChangeResponse {
  unitId: number;
  kind: 'SET' | 'REMOVE' | 'REPORT';
  amount: string | null;
  used: string | null;
  report: string | null;
  at: string;
  byUserId: number | null;

  static of(c: GrantChange): GrantChangeResponse {
    return {
      unitId: c.unitId,
      kind: c.kind,
      amount: c.amountFen === null ? null : formatFen(c.amountFen),
      used: c.usedFen === null ? null : formatFen(c.usedFen),
      report: c.report,
      at: c.at.toISOString(),
      byUserId: c.byUserId,
    };
  }
}
