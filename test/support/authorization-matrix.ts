/**
 * Who may use which route: the expectations of test/e2e/authorization.e2e-spec.ts, one entry per
 * route of the API. A route added to the API without an entry here fails that test, and so does
 * an entry whose route is gone.
 *
 * Roles, each with its own relation to the data a request names:
 * - anonymous: no token;
 * - organizer;
 * - coordOwn / coordOther: the unit coordinator of the unit whose worker the request is about,
 *   and the coordinator of a sibling unit;
 * - judgeOn / chief: a judge and the chief judge of the contest the request is about;
 * - judgeOff: a judge of another contest, not of this one;
 * - hostCoord: the coordinator of the unit above A and B, which hosts the world's contests (the
 *   registering and scoring contests are hosted by the unit between, the published one by theirs):
 *   the contests' organizer on every contest-scoped route (docs/security.md "Hosted contests");
 * - coordAway: the coordinator of a unit unrelated to the hosts: the hosted contests do not exist
 *   for them (404 where coordinators may go, 403 where they may not).
 *
 * A request is built so that an allowed role gets past authorization and then, where it can,
 * fails harmlessly (a 4xx for a body that breaks a rule, an unknown code, a state that forbids
 * it) rather than changing the data the other requests rely on.
 */
export const WHO = [
  'anonymous',
  'organizer',
  'coordOwn',
  'coordOther',
  'judgeOn',
  'chief',
  'judgeOff',
  'hostCoord',
  'coordAway',
] as const;
export type Who = (typeof WHO)[number];

/** What the spec builds before the matrix runs (ids, codes, serials). */
export interface World {
  competitionId: number;
  unitA: number;
  coordOwnId: number;
  judgeOnId: number;
  /** REGISTRATION: a registration of unit A, and a roster import by unit A's coordinator. */
  registering: number;
  registrationA: number;
  /** Another of unit A's registrations, already withdrawn. */
  withdrawnA: number;
  workerA: { name: string; idNumber: string; unitId: number };
  importId: number;
  importJobId: string;
  /** SCORING, drawn: judgeOn scores the single criterion `task`, chief confirms. */
  scoring: number;
  /** PUBLISHED, certificates issued, one objection lodged. */
  published: number;
  publishedCompetitionId: number;
  runId: number;
  serial: string;
  certificateCode: string;
  objectionId: number;
}

/** Routes served but left out of the OpenAPI document on purpose, and why. */
export const UNDOCUMENTED: Record<string, string> = {
  'GET /verify/{code}': 'the HTML page a certificate QR code opens, not part of the JSON API',
};

export interface RouteCase {
  /** The roles that get past authorization; every other role is refused (401/403 with a code). */
  allow: readonly Who[];
  /** Roles answered 404 rather than 403, so that they cannot learn what exists outside their scope. */
  hide?: readonly Who[];
  params?: (w: World) => Record<string, string | number>;
  query?: (w: World) => Record<string, string | number>;
  body?: (w: World) => object;
  upload?: { filename: string; content: string };
  /** Log in anew for this request (the route ends the session it is called with). */
  freshToken?: boolean;
}

const EVERYONE = WHO;
const SIGNED_IN: readonly Who[] = WHO.filter((w) => w !== 'anonymous');
const JUDGES: readonly Who[] = ['judgeOn', 'chief', 'judgeOff'];
const COORDINATORS: readonly Who[] = ['coordOwn', 'coordOther'];
const ORGANIZER: readonly Who[] = ['organizer'];
/** Organizers and the coordinator of the contest's host unit (or a unit above it). */
const HOST: readonly Who[] = ['organizer', 'hostCoord'];
/** Organizers, and the judges of the contest (a judge elsewhere is refused by the service). */
const PANEL: readonly Who[] = ['organizer', 'hostCoord', 'judgeOn', 'chief'];
const ORGANIZER_OR_CHIEF: readonly Who[] = ['organizer', 'hostCoord', 'chief'];

const competition = (w: World) => ({ id: w.competitionId });
const registering = (w: World) => ({ id: w.registering });
const scoring = (w: World) => ({ id: w.scoring });
const published = (w: World) => ({ id: w.published });
/** A body the route's DTO refuses: an allowed role gets 400, nothing changes. */
const invalid = () => ({ notAField: true });
const unknownCode = 'ZZZZZZ';

export const EXPECTATIONS: Record<string, RouteCase> = {
  // Session
  'POST /api/auth/login': { allow: EVERYONE, body: invalid },
  'POST /api/auth/logout': { allow: SIGNED_IN, freshToken: true },
  'POST /api/auth/password': { allow: SIGNED_IN, body: invalid },
  'GET /api/auth/me': { allow: SIGNED_IN },

  // Service
  'GET /health': { allow: EVERYONE },
  'GET /api/ping': { allow: EVERYONE },

  // Accounts: organizers only
  // Coordinators create judge accounts of their units, and list those (docs/security.md).
  'POST /api/users': {
    allow: ['organizer', ...COORDINATORS, 'hostCoord', 'coordAway'],
    body: invalid,
  },
  'GET /api/users': { allow: ['organizer', ...COORDINATORS, 'hostCoord', 'coordAway'] },
  'GET /api/users/{id}': { allow: ORGANIZER, params: (w) => ({ id: w.coordOwnId }) },
  'PATCH /api/users/{id}': {
    allow: ORGANIZER,
    params: (w) => ({ id: w.coordOwnId }),
    body: invalid,
  },
  'POST /api/users/{id}/password': {
    allow: ORGANIZER,
    params: (w) => ({ id: w.coordOwnId }),
    body: invalid,
  },

  // Set-up: written by organizers, read by every signed-in role
  'POST /api/units': { allow: ORGANIZER, body: invalid },
  'GET /api/units': { allow: SIGNED_IN },
  'GET /api/units/{id}': { allow: SIGNED_IN, params: (w) => ({ id: w.unitA }) },
  'GET /api/units/{id}/subtree': { allow: SIGNED_IN, params: (w) => ({ id: w.unitA }) },
  'POST /api/trades': { allow: ORGANIZER, body: invalid },
  'GET /api/trades': { allow: SIGNED_IN },

  // The question bank (题库) of a trade: organizers only (the seeded trade 1)
  'POST /api/trades/{id}/questions/import': {
    allow: ORGANIZER,
    params: () => ({ id: 1 }),
    upload: { filename: 'questions.pdf', content: '%PDF-1.4\n' },
  },
  'GET /api/trades/{id}/questions/import-template': { allow: ORGANIZER, params: () => ({ id: 1 }) },
  'GET /api/trades/{id}/questions': { allow: ORGANIZER, params: () => ({ id: 1 }) },
  'PATCH /api/questions/{id}': { allow: ORGANIZER, params: () => ({ id: 1 }), body: invalid },
  'POST /api/competitions': { allow: ORGANIZER, body: invalid },
  'GET /api/competitions': { allow: SIGNED_IN },
  'GET /api/competitions/{id}': { allow: SIGNED_IN, params: competition },
  // A coordinator creates a contest hosted within their subtree (the service checks the body).
  'POST /api/competitions/{id}/contests': {
    allow: ['organizer', ...COORDINATORS, 'hostCoord', 'coordAway'],
    params: competition,
    body: invalid,
  },
  'GET /api/competitions/{id}/contests': { allow: SIGNED_IN, params: competition },
  // The world's competition is running: the organizer gets 409 RETENTION_NOT_OVER, nothing erased.
  'POST /api/competitions/{id}/anonymise': { allow: ORGANIZER, params: competition },
  'GET /api/contests/{id}': {
    allow: SIGNED_IN.filter((w) => w !== 'coordAway'),
    hide: ['coordAway'],
    params: scoring,
  },
  'PATCH /api/contests/{id}': { allow: HOST, params: scoring, body: invalid },
  'GET /api/competitions/{id}/dashboard': { allow: ORGANIZER, params: competition },
  'POST /api/maintenance/optimize-database': { allow: ORGANIZER },
  'GET /api/jobs/{jobId}': {
    // A coordinator follows the roster imports they uploaded; judges start no jobs.
    allow: ['organizer', 'coordOwn'],
    hide: ['coordOther', 'hostCoord', 'coordAway'],
    params: (w) => ({ jobId: w.importJobId }),
  },

  // Registration: organizers and coordinators, a coordinator within their own units
  'POST /api/contests/{id}/registrations': {
    // The worker is already entered: an allowed role gets 409 REGISTRATION_EXISTS.
    allow: ['organizer', 'coordOwn', 'hostCoord'],
    hide: ['coordAway'],
    params: registering,
    body: (w) => ({ worker: w.workerA }),
  },
  'GET /api/contests/{id}/registrations': {
    allow: ['organizer', ...COORDINATORS, 'hostCoord'],
    hide: ['coordAway'],
    params: registering,
  },
  'GET /api/contests/{id}/registrations/export': { allow: HOST, params: registering },
  'POST /api/contests/{id}/registrations/decisions': {
    allow: HOST,
    params: registering,
    body: invalid,
  },
  'GET /api/registrations/{id}': {
    allow: ['organizer', 'coordOwn', 'hostCoord'],
    hide: ['coordOther', 'coordAway'],
    params: (w) => ({ id: w.registrationA }),
  },
  'PATCH /api/registrations/{id}': {
    // Withdrawing a withdrawn entry changes nothing, for whoever may see it.
    allow: ['organizer', 'coordOwn', 'hostCoord'],
    hide: ['coordOther', 'coordAway'],
    params: (w) => ({ id: w.withdrawnA }),
    body: () => ({ status: 'WITHDRAWN' }),
  },
  'POST /api/contests/{id}/registrations/import': {
    // A coordinator imports their own units' rows (others are rejected row by row).
    allow: ['organizer', ...COORDINATORS, 'hostCoord'],
    hide: ['coordAway'],
    params: registering,
    upload: { filename: 'roster.pdf', content: '%PDF-1.4\n' },
  },
  'GET /api/contests/{id}/registrations/imports/{importId}': {
    allow: ['organizer', 'coordOwn', 'hostCoord'],
    hide: ['coordOther', 'coordAway'],
    params: (w) => ({ id: w.registering, importId: w.importId }),
  },
  'GET /api/contests/{id}/registrations/import-template': {
    allow: ['organizer', ...COORDINATORS, 'hostCoord'],
    hide: ['coordAway'],
    params: registering,
  },
  'POST /api/contests/{id}/draw': { allow: HOST, params: scoring, body: invalid },
  'GET /api/contests/{id}/draw': { allow: HOST, params: scoring },

  // Judging: the contest's panel; confirmation, attendance and the audit log for its chief
  'POST /api/contests/{id}/judges': { allow: HOST, params: scoring, body: invalid },
  'GET /api/contests/{id}/judges': { allow: PANEL, params: scoring },
  'DELETE /api/contests/{id}/judges/{userId}': {
    // judgeOn has scored: the organizer gets 409, nothing is removed.
    allow: HOST,
    params: (w) => ({ id: w.scoring, userId: w.judgeOnId }),
  },
  'POST /api/contests/{id}/conflicts': {
    // An unknown ID number: a judge of the contest gets the usual answer, nothing is recorded.
    allow: PANEL,
    params: scoring,
    body: () => ({ idNumber: '110105194912310021', reason: 'matrix' }),
  },
  'GET /api/judging/contests': { allow: JUDGES },
  'GET /api/contests/{id}/score-sheet': { allow: ['judgeOn', 'chief'], params: scoring },
  'PUT /api/contests/{id}/scores': {
    allow: ['judgeOn', 'chief'],
    params: scoring,
    body: () => ({ entries: [{ code: unknownCode, criterionKey: 'task', points: 1 }] }),
  },
  'POST /api/contests/{id}/scores/import': {
    allow: PANEL,
    params: scoring,
    query: () => ({ criterionKey: 'task' }),
    upload: { filename: 'scores.csv', content: `考号,成绩\n${unknownCode},50\n` },
  },
  'PUT /api/contests/{id}/times': {
    allow: PANEL,
    params: scoring,
    body: () => ({ entries: [{ code: unknownCode, seconds: 60 }] }),
  },
  'PUT /api/contests/{id}/attendance': {
    allow: ORGANIZER_OR_CHIEF,
    params: scoring,
    body: () => ({ entries: [{ code: unknownCode, attendance: 'ABSENT' }] }),
  },
  'GET /api/contests/{id}/scores/status': { allow: ORGANIZER_OR_CHIEF, params: scoring },
  'GET /api/contests/{id}/scores/group': {
    allow: ORGANIZER_OR_CHIEF,
    params: scoring,
    query: () => ({ code: unknownCode, criterionKey: 'task' }),
  },
  'POST /api/contests/{id}/scores/confirm': {
    allow: ORGANIZER_OR_CHIEF,
    params: scoring,
    body: () => ({ criterionKeys: ['no-such-criterion'] }),
  },
  // The scoring contest has scores missing: the chief judge gets past authorization to a 409.
  'POST /api/contests/{id}/scores/close': { allow: ['chief'], params: scoring },
  'GET /api/contests/{id}/audit': { allow: ORGANIZER_OR_CHIEF, params: scoring },
  'GET /api/contests/{id}/audit/verify': { allow: ORGANIZER_OR_CHIEF, params: scoring },

  // Results and certificates: organizers
  // (hostCoord organises the published contest too: its unit hosts it.)
  'POST /api/contests/{id}/results/compute': { allow: HOST, params: published },

  // Rounds: the later round's feeders and its advancement list, organizers only (the published
  // contest has no feeders: computing is refused as not configured, the list is not found).
  'PUT /api/contests/{id}/feeders': { allow: ORGANIZER, params: published, body: invalid },
  'GET /api/contests/{id}/feeders': { allow: ORGANIZER, params: published },
  'POST /api/contests/{id}/advancement': { allow: ORGANIZER, params: published },
  'GET /api/contests/{id}/advancement': { allow: ORGANIZER, params: published },
  // Applying the list to the final: organizers (the published contest is past REGISTRATION: 409).
  'POST /api/contests/{id}/advancement/apply': { allow: ORGANIZER, params: published },
  // An advancer's decline or confirmation: organizers, and the coordinators of the worker's unit
  // or a unit above it (registration A is on no list: 404 past authorization); the sibling unit's
  // and an unrelated unit's coordinators are refused (UNIT_OUT_OF_SCOPE).
  'POST /api/advancement/{registrationId}/decline': {
    allow: ['organizer', 'coordOwn', 'hostCoord'],
    params: (w) => ({ registrationId: w.registrationA }),
    body: () => ({ reason: '权限测试' }),
  },
  'POST /api/advancement/{registrationId}/confirm': {
    allow: ['organizer', 'coordOwn', 'hostCoord'],
    params: (w) => ({ registrationId: w.registrationA }),
  },
  // Grants and statistics (docs/statistics.md): organizers set grants and read the figures;
  // coordinators read their subtree's grants and report for their own units (unit A has no grant
  // here: 404 past authorization; the sibling unit's coordinator is refused).
  'GET /api/competitions/{id}/grants': {
    allow: ['organizer', ...COORDINATORS, 'hostCoord', 'coordAway'],
    params: competition,
  },
  'PUT /api/competitions/{id}/grants': { allow: ORGANIZER, params: competition, body: invalid },
  'PUT /api/competitions/{id}/grants/{unitId}/report': {
    // (hostCoord's unit is above unit A.)
    allow: ['organizer', 'coordOwn', 'hostCoord'],
    params: (w) => ({ id: w.competitionId, unitId: w.unitA }),
    body: invalid,
  },
  'GET /api/competitions/{id}/grants/changes': { allow: ORGANIZER, params: competition },
  'GET /api/competitions/{id}/statistics': { allow: ORGANIZER, params: competition },
  'GET /api/contests/{id}/results': {
    allow: HOST,
    params: published,
    query: (w) => ({ runId: w.runId }),
  },
  'GET /api/contests/{id}/results/export': { allow: HOST, params: published },
  'GET /api/competitions/{id}/results/export': {
    allow: ORGANIZER,
    params: (w) => ({ id: w.publishedCompetitionId }),
  },
  // A unit coordinator's own units' published lines and certificates (their scope, by their unit).
  'GET /api/competitions/{id}/unit-results': {
    allow: [...COORDINATORS, 'hostCoord', 'coordAway'],
    params: (w) => ({ id: w.publishedCompetitionId }),
  },
  'GET /api/competitions/{id}/unit-certificates/zip': {
    allow: [...COORDINATORS, 'hostCoord', 'coordAway'],
    params: (w) => ({ id: w.publishedCompetitionId }),
  },
  'GET /api/contests/{id}/results/runs': { allow: HOST, params: published },
  'POST /api/contests/{id}/results/publish': { allow: HOST, params: published, body: invalid },
  'GET /api/contests/{id}/results/publication': { allow: HOST, params: published },
  'POST /api/contests/{id}/results/finalize': {
    // The objection window is still open: 409 for the organizer.
    allow: HOST,
    params: published,
  },
  'GET /api/contests/{id}/objections': { allow: HOST, params: published },
  'PATCH /api/objections/{id}': {
    allow: HOST,
    params: (w) => ({ id: w.objectionId }),
    body: invalid,
  },
  'POST /api/contests/{id}/certificates/issue': {
    allow: HOST,
    params: published,
    body: () => ({ participation: 'not a boolean' }),
  },
  'GET /api/contests/{id}/certificates': { allow: HOST, params: published },
  'GET /api/contests/{id}/certificates/zip': { allow: HOST, params: published },
  'GET /api/certificates/{serial}/pdf': { allow: HOST, params: (w) => ({ serial: w.serial }) },

  // Public: anyone, with or without a token
  'GET /api/public/competitions': { allow: EVERYONE },
  'GET /api/public/competitions/{id}': {
    allow: EVERYONE,
    params: (w) => ({ id: w.publishedCompetitionId }),
  },
  'GET /api/public/competitions/{id}/rankings': {
    allow: EVERYONE,
    params: (w) => ({ id: w.publishedCompetitionId }),
  },
  'GET /api/public/competitions/{id}/units': {
    allow: EVERYONE,
    params: (w) => ({ id: w.publishedCompetitionId }),
  },
  'POST /api/public/results/lookup': { allow: EVERYONE, body: invalid },
  'POST /api/public/contests/{id}/objections': {
    allow: EVERYONE,
    params: published,
    body: invalid,
  },
  'GET /api/public/contests/{id}/advancement': { allow: EVERYONE, params: published },
  'GET /api/public/competitions/{id}/self-registration': { allow: EVERYONE, params: competition },
  'POST /api/public/contests/{id}/self-registrations': {
    allow: EVERYONE,
    params: (w) => ({ id: w.registering }),
    body: invalid,
  },
  'GET /api/public/certificates/{code}': {
    allow: EVERYONE,
    params: (w) => ({ code: w.certificateCode }),
  },
  'GET /api/public/certificates/{code}/pdf': {
    allow: EVERYONE,
    params: (w) => ({ code: w.certificateCode }),
  },
  'POST /api/public/certificates/lookup': { allow: EVERYONE, body: invalid },
  'POST /api/public/path': { allow: EVERYONE, body: invalid },
  'GET /verify/{code}': { allow: EVERYONE, params: (w) => ({ code: w.certificateCode }) },
};
