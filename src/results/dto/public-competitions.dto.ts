import type { ContestStatus } from '../../contests/rules';
import type { PublicCompetitionSummary, PublicContestSummary } from '../public.repository';

/** GET /api/public/competitions: one line per competition. */
export class PublicCompetitionResponse implements PublicCompetitionSummary {
  id: number;
  code: string;
  name: string;
  year: number;
  /** Contests of the competition, at any stage. */
  contests: number;
  /** Contests whose results are published (公示 or final). */
  publishedContests: number;
}

/** One contest of GET /api/public/competitions/:id. */
export class PublicContestResponse implements PublicContestSummary {
  id: number;
  tradeCode: string;
  trade: string;
  tradeEn: string | null;
  status: ContestStatus;
  published: boolean;
  publishedAt: string | null;
  publicationEndsAt: string | null;
  contestants: number;
  /** 1 = first round (初赛); 2 and above are later rounds with an advancement list (晋级名单). */
  round: number;
  /** The unit hosting a preliminary, null when the competition's organiser holds it. */
  hostUnitName: string | null;
}

/** GET /api/public/competitions/:id: the competition and its contests. */
export class PublicCompetitionDetailResponse {
  id: number;
  code: string;
  name: string;
  year: number;
  issuingBody: string | null;
  contests: PublicContestResponse[];
}
