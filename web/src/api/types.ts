import type { components } from './schema';

/*
 * The API's shapes under the names the pages use: aliases of the types generated from
 * docs/openapi.json (./schema.d.ts, `npm run openapi`), never copies of them. A page that needs
 * something else (a form's state, an editor's working copy) derives it from these.
 */

type Schemas = components['schemas'];

// Accounts, units, trades, competitions.
export type User = Schemas['UserResponse'];
export type Role = User['role'];
export type Unit = Schemas['UnitResponse'];
export type Trade = Schemas['TradeResponse'];
export type Competition = Schemas['CompetitionResponse'];
export type Dashboard = Schemas['DashboardResponse'];
export type Job = Schemas['JobResponse'];

// A contest and its set-up.
export type Contest = Schemas['ContestResponse'];
export type ContestStatus = Contest['status'];
export type Title = Schemas['TitleRungDto']['title'];
export type Rounding = NonNullable<Schemas['TitleRungDto']['rounding']>;
export type CriterionKind = Schemas['CriterionView']['kind'];
export type Method = Schemas['CriterionView']['method'];
/** A criterion as the scheme editor holds it: as read, every field present. */
export type Criterion = Schemas['CriterionView'];
/** A part as the editor holds it: as read, less its maximum (the server sums its criteria). */
export type Part = Omit<Schemas['PartView'], 'maxPoints' | 'criteria'> & { criteria: Criterion[] };
export type Scheme = { parts: Part[] };
export type TitleRung = Schemas['TitleRungDto'];
/** The title ladder as the editor holds it: as read, less each rung's Chinese name. */
export type TitlePolicy = Omit<Schemas['TitlePolicyView'], 'rungs'> & { rungs: TitleRung[] };
export type TieBreakKey = Schemas['TieBreakKeyDto'];

// Registration, the roster import, the draw, judges.
export type Registration = Schemas['RegistrationResponse'];
export type RegistrationStatus = Registration['status'];
export type ImportResult = Schemas['ImportResultResponse'];
export type QueuedImport = Schemas['QueuedImportResponse'];
export type RejectedRow = Schemas['RejectedRowResponse'];
export type DrawSheet = Schemas['DrawSheetResponse'];
export type Judge = Schemas['JudgeResponse'];

// Scoring.
export type Attendance = Schemas['AttendanceEntryDto']['attendance'];
export type MyContest = Schemas['MyContestResponse'];
export type SheetCriterion = Schemas['JudgeCriterionResponse'];
export type ScoreSheet = Schemas['ScoreSheetResponse'];
export type SheetScore = Schemas['EnteredScoreResponse'];
export type SavedBatch = Schemas['ScoresSavedResponse'];
export type ScoreStatus = Schemas['ScoreStatusResponse'];
export type FlaggedGroup = Schemas['FlaggedGroupResponse'];
export type ScoreGroup = Schemas['ScoreGroupResponse'];
export type GroupState = Schemas['GroupStateResponse'];
export type ConfirmReport = Schemas['ConfirmReportResponse'];

// Results and certificates.
export type Publication = Schemas['PublicationStateResponse'];
export type Run = Schemas['RunResponse'];
export type ResultRow = Schemas['ResultRowResponse'];
export type Objection = Schemas['ObjectionResponse'];
export type Certificate = Schemas['CertificateResponse'];
export type UnitResultLine = Schemas['UnitResultLineResponse'];

// Rounds: a later round's feeders and rule, and its advancement list (docs/advancement.md).
export type AdvancementRule = Schemas['AdvancementRuleDto'];
export type AdvancementMode = AdvancementRule['mode'];
export type Advancement = Schemas['AdvancementResponse'];
export type PublicAdvancement = Schemas['PublicAdvancementResponse'];
export type AdvancementEntry = Schemas['AdvancementEntryView'];
export type AdvancementStatus = AdvancementEntry['status'];
export type AdvancementReason = Schemas['AdvancementReasonView'];
export type AdvancementChange = Schemas['AdvancementChangeView'];

// The public pages.
export type PublicCompetition = Schemas['PublicCompetitionResponse'];
export type PublicCompetitionDetail = Schemas['PublicCompetitionDetailResponse'];
export type PublicContest = Schemas['PublicContestResponse'];
export type RankingRow = Schemas['PublicRankingRow'];
export type RankingsPage = Schemas['PublicRankingsResponse'];
export type UnitLine = Schemas['PublicUnitLineResponse'];
export type MyResult = Schemas['PublicResultLookupResponse'];
export type MyCertificate = Schemas['CertificateLookupResponse'];
export type Verification = Schemas['VerificationResponse'];
/** Who is asking: the ID number goes in the request body only, never in a URL. */
export type Identity = Schemas['LookupDto'];

const ORDER = [
  'DRAFT',
  'REGISTRATION',
  'SCORING',
  'REVIEW',
  'PUBLISHED',
  'FINAL',
] as const satisfies readonly ContestStatus[];
/** A contest's lifecycle in order; fails to compile if the document gains a status it lacks. */
export const CONTEST_STATUSES: [Exclude<ContestStatus, (typeof ORDER)[number]>] extends [never]
  ? typeof ORDER
  : never = ORDER;
