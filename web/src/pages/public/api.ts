import { api } from '@/api/client';

/** The public routes' answers (docs/results.md "Public routes", docs/certificates.md). */

export type Title = 'CHAMPION' | 'PACESETTER' | 'EXPERT' | 'EXCELLENT';

export interface CompetitionSummary {
  id: number;
  code: string;
  name: string;
  year: number;
  contests: number;
  publishedContests: number;
}

export interface ContestSummary {
  id: number;
  tradeCode: string;
  trade: string;
  tradeEn: string | null;
  status: 'DRAFT' | 'REGISTRATION' | 'SCORING' | 'REVIEW' | 'PUBLISHED' | 'FINAL';
  published: boolean;
  publishedAt: string | null;
  publicationEndsAt: string | null;
  contestants: number;
}

export interface CompetitionDetail {
  id: number;
  code: string;
  name: string;
  year: number;
  issuingBody: string | null;
  contests: ContestSummary[];
}

export interface RankingRow {
  contestId: number;
  trade: string;
  tradeCode: string;
  name: string;
  unit: string;
  total: string | null;
  rank: number | null;
  tied: boolean;
  guest: boolean;
  attendance: 'PRESENT' | 'ABSENT' | 'DISQUALIFIED';
  title: Title | null;
  titleName: string | null;
}

export interface RankingsPage {
  items: RankingRow[];
  total: number;
  page: number;
  pageSize: number;
}

export interface UnitLine {
  unit: string;
  participants: number;
  titles: Partial<Record<Title, number>>;
}

export interface MyResult extends RankingRow {
  parts: Array<{ name: string; score: string; passed: boolean | null }>;
  /** Why the title, in Chinese (titleDetailEn: the same in English). */
  titleDetail: string;
  titleDetailEn: string;
  contestStatus: ContestSummary['status'];
  publicationEndsAt: string | null;
}

export interface MyCertificate {
  serial: string;
  code: string;
  trade: string;
  title: string | null;
  pdf: string;
}

export interface Verification {
  valid: boolean;
  status: 'ISSUED' | 'REVOKED';
  serial: string;
  name: string;
  unit: string;
  trade: string;
  /** The title's Chinese name; null for a participation certificate. */
  title: string | null;
  competition: string;
  issuedAt: string;
  replacedBy?: string | null;
}

/** Who is asking: the ID number goes in the request body only, never in a URL. */
export interface Identity {
  name: string;
  idNumber: string;
}

export const publicApi = {
  competitions: () => api<CompetitionSummary[]>('GET', '/public/competitions'),
  competition: (id: number) => api<CompetitionDetail>('GET', `/public/competitions/${id}`),
  rankings: (
    competitionId: number,
    query: { contestId: number; q?: string; page: number; pageSize: number },
  ) => {
    const params = new URLSearchParams({
      contestId: String(query.contestId),
      page: String(query.page),
      pageSize: String(query.pageSize),
    });
    if (query.q) params.set('q', query.q);
    return api<RankingsPage>('GET', `/public/competitions/${competitionId}/rankings?${params}`);
  },
  units: (competitionId: number) =>
    api<UnitLine[]>('GET', `/public/competitions/${competitionId}/units`),
  myResults: (who: Identity) => api<MyResult[]>('POST', '/public/results/lookup', who),
  myCertificates: (who: Identity) =>
    api<MyCertificate[]>('POST', '/public/certificates/lookup', who),
  verify: (code: string) =>
    api<Verification>('GET', `/public/certificates/${encodeURIComponent(code)}`),
  /** Where the holder's PDF is served (a plain link: phones open or save it themselves). */
  pdfUrl: (code: string) => `/api/public/certificates/${encodeURIComponent(code)}/pdf`,
  object: (contestId: number, body: Identity & { text: string }) =>
    api<{ objectionId: number; status: string }>(
      'POST',
      `/public/contests/${contestId}/objections`,
      body,
    ),
};
