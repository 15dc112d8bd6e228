import { ApiProperty } from '@nestjs/swagger';
import { formatCenti } from '../../common/points';
import { TITLE_NAMES_ZH, type ContestStatus, type Title } from '../../contests/rules';
import type { PublishedRow } from '../public.repository';
import type { Attendance } from '../../registrations/rules/registration-status';

/** One published line as anyone may see it: never an ID number, a phone or a blind code. */
export class PublicRankingRow {
  contestId: number;
  trade: string;
  tradeCode: string;
  name: string;
  unit: string;
  /** Exact, with two decimals, as text (`"87.25"`); null when not ranked (absent, disqualified). */
  total: string | null;
  rank: number | null;
  /** Whether another contestant shares the rank. */
  tied: boolean;
  /** Out of competition: shown with a rank among everyone, but takes no title. */
  guest: boolean;
  /** PRESENT, ABSENT or DISQUALIFIED: absent and disqualified contestants are listed without a rank. */
  attendance: Attendance;
  /** CHAMPION, PACESETTER, EXPERT or EXCELLENT; null without a title. */
  title: string | null;
  /** The title's Chinese name (技术状元, …); null without a title. */
  titleName: string | null;

  static of(p: PublishedRow): PublicRankingRow {
    return {
      contestId: p.contestId,
      trade: p.tradeName,
      tradeCode: p.tradeCode,
      name: p.row.name,
      unit: p.row.unitName,
      total: p.row.totalCenti === null ? null : formatCenti(p.row.totalCenti),
      rank: p.row.rank,
      tied: p.row.tied,
      guest: p.row.guest,
      attendance: p.row.attendance,
      title: p.row.title,
      titleName: p.row.title ? TITLE_NAMES_ZH[p.row.title as Title] : null,
    };
  }
}

/** GET /api/public/competitions/:id/rankings: a page of published lines. */
export class PublicRankingsResponse {
  items: PublicRankingRow[];
  /** Lines matching the query, over every page. */
  total: number;
  page: number;
  pageSize: number;
}

/** One unit of GET /api/public/competitions/:id/units. */
export class PublicUnitLineResponse {
  unit: string;
  /** Its published lines (contestants, once per contest entered). */
  participants: number;
  @ApiProperty({
    type: 'object',
    description:
      'How many titles of each kind, by title code (CHAMPION, PACESETTER, EXPERT, EXCELLENT); a title none of its contestants won is left out.',
    additionalProperties: { type: 'integer' },
  })
  titles: Record<string, number>;
}

/** One part of a contestant's result. */
export class PublicPartScoreResponse {
  name: string;
  /** The part's score scaled to 100, with two decimals, as text. */
  score: string;
  /** Whether the part's pass mark was reached; null when the part has none. */
  passed: boolean | null;
}

/** POST /api/public/results/lookup: a worker's own line in one contest, with its breakdown. */
export class PublicResultLookupResponse extends PublicRankingRow {
  parts: PublicPartScoreResponse[];
  /** Why the title was or was not given, in Chinese and in English. */
  titleDetail: string;
  titleDetailEn: string;
  /**
   * The contest's stage: PUBLISHED during 公示 (an objection may be lodged while the window is
   * open), FINAL after it.
   */
  contestStatus: ContestStatus;
  /** The end of the publication window, as an ISO 8601 instant; null when none was opened. */
  publicationEndsAt: string | null;
}
