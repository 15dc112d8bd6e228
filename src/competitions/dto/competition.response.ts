import type { ContestStatus } from '../../contests/rules';
import { Competition } from '../competition.entity';

export class ContestSummary {
  id: number;
  tradeId: number;
  tradeCode: string;
  tradeName: string;
  status: ContestStatus;
}

export class CompetitionResponse {
  id: number;
  code: string;
  name: string;
  year: number;
  issuingBody: string | null;
  createdAt: string;
  contests?: ContestSummary[];

  static of(c: Competition, contests?: ContestSummary[]): CompetitionResponse {
    return Object.assign(new CompetitionResponse(), {
      id: c.id,
      code: c.code,
      name: c.name,
      year: c.year,
      issuingBody: c.issuingBody,
      createdAt: c.createdAt.toISOString(),
      ...(contests ? { contests } : {}),
    });
  }
}
