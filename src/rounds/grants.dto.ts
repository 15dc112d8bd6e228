/**
 * The bodies of the grants' routes, for the OpenAPI document. The routes read them themselves
 * (grants.rules.ts), so that every row's every problem is named and amounts are read exactly.
 */

export class GrantInputDto {
  unitId: number;
  /** In yuan, at most 2 decimals, 0 to 10,000,000.00: "12345.60" (or the JSON number 12345.6). */
  amount: string;
  /** In yuan, at most the amount; omitted: the stored one is kept; null: none reported. */
  used?: string | null;
  /** The unit's report of its use (up to 2,000 characters); omitted: the stored one is kept. */
  report?: string | null;
}

export class GrantReportDto {
  /** In yuan, at most 2 decimals and at most the grant: "8000.00". */
  used: string;
  /** What the money was spent on (up to 2,000 characters). */
  report?: string | null;
}
