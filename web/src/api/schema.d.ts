/* Generated from docs/openapi.json by `npm run openapi` (openapi-typescript): do not edit. */

export interface paths {
    "/api/jobs/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * State and progress of a queued job, by the jobId a 202 answer gave: any job for organizers,
         *     a coordinator's own roster imports for them (another's is answered as not found).
         */
        get: operations["JobsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 200 when the database and Redis answer; 503 naming what is down (the API keeps serving). */
        get: operations["HealthController_check"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ping": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PingController_ping"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every account for organizers; for a unit coordinator, the judges of their unit and below. */
        get: operations["UsersController_list"];
        put?: never;
        /** Organizers create any account; a unit coordinator a JUDGE of their unit or a unit below it. */
        post: operations["UsersController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["UsersController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** `{ active: false }` deactivates the account and revokes its tokens at once. */
        patch: operations["UsersController_update"];
        trace?: never;
    };
    "/api/users/{id}/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sets a new password for someone who forgot theirs (not one's own): the account's tokens are
         *     revoked and its failed-login delay cleared.
         */
        post: operations["UsersController_resetPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rate-limited per address (LOGIN_ADDRESS_RATE_LIMIT) and per address and user name
         *     (LOGIN_RATE_LIMIT) per LOGIN_RATE_WINDOW_SECONDS, and per user name from any address with a
         *     growing delay (429 LOGIN_DELAYED with Retry-After).
         */
        post: operations["AuthController_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revokes the token sent with this request, in every API process; other sessions go on. */
        post: operations["AuthController_logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Changes the caller's password and revokes every token they hold (log in again after). */
        post: operations["AuthController_changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who the token belongs to. */
        get: operations["AuthController_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The whole tree, parents before children. */
        get: operations["UnitsController_list"];
        put?: never;
        post: operations["UnitsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/units/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["UnitsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/units/{id}/subtree": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The unit and every unit below it. */
        get: operations["UnitsController_subtree"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/trades": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The catalogue, seeded with common trades. */
        get: operations["TradesController_list"];
        put?: never;
        post: operations["TradesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/competitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CompetitionsController_list"];
        put?: never;
        post: operations["CompetitionsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/competitions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The competition with a summary of its contests (a coordinator: not those hosted by units
         *     unrelated to theirs, docs/security.md "Hosted contests").
         */
        get: operations["CompetitionsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/competitions/{id}/contests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The competition's contests (a coordinator: not those hosted by units unrelated to theirs). */
        get: operations["ContestsController_list"];
        put?: never;
        /** Organizers create any contest; a unit coordinator a round-1 contest hosted within their subtree. */
        post: operations["ContestsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contests/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ContestsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit (DRAFT only) and/or move one step along the lifecycle. */
        patch: operations["ContestsController_update"];
        trace?: never;
    };
    "/api/contests/{id}/registrations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The contest's registrations (a coordinator: their units' only), ID numbers and phones masked.
         *     Every row unless `page`/`pageSize` is given; the header X-Total-Count has the full count.
         */
        get: operations["RegistrationsController_list"];
        put?: never;
        /** Registers one worker (a coordinator: within their own units; the unit defaults to theirs). */
        post: operations["RegistrationsController_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contests/{id}/registrations/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every registration as .xlsx, with whole ID numbers and phones (organizers only). */
        get: operations["RegistrationsController_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contests/{id}/registrations/decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve, reject (with a reason) or withdraw many registrations at once; all or nothing. */
        post: operations["RegistrationsController_decideMany"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/registrations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One registration; an organizer sees the whole ID number, phone and date of birth. */
        get: operations["RegistrationsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Organizers approve, reject (reason required) or withdraw, and mark guests; coordinators withdraw. */
        patch: operations["RegistrationsController_update"];
        trace?: never;
    };
    "/api/contests/{id}/draw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The draw sheet: station, code and worker, station by station (organizers only). */
        get: operations["RegistrationsController_sheet"];
        put?: never;
        /** The draw: a station number and a secret code for every approved registration. */
        post: operations["RegistrationsController_draw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contests/{id}/registrations/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Imports a roster (.xlsx or .csv, multipart field `file`). A small file is imported at once
         *     (200 with the result); a large one is queued (202 with a job to follow).
         */
        post: operations["RosterImportController_import"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contests/{id}/registrations/imports/{importId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** State, progress and (when done) the result of a queued import. */
        get: operations["RosterImportController_status"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contests/{id}/registrations/import-template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An empty roster workbook with the expected columns, instructions and the caller's units. */
        get: operations["RosterImportController_template"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/competitions/{id}/self-registration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The competition's contests open for self-registration (trade names) and the unit tree. */
        get: operations["SelfRegistrationController_options"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/contests/{id}/self-registrations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A worker enters themselves (自主报名); the entry waits for their unit coordinator. Rate-limited
         *     per client address and per ID number, with the name-and-ID-number look-ups.
         */
        post: operations["SelfRegistrationController_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contests/{id}/judges": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["JudgingController_listJudges"];
        put?: never;
        /** Assigns a judge or chief judge; conflicts of interest are reported by code, never by name. */
        post: operations["JudgingController_assign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contests/{id}/judges/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Removes a judge who has not scored anything. */
        delete: operations["JudgingController_removeJudge"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contests/{id}/conflicts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A further conflict of interest (回避): a judge names the worker by ID number. */
        post: operations["JudgingController_declareConflict"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contests/{id}/score-sheet": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's blind score sheet: their workers by code, their criteria, their scores. */
        get: operations["JudgingController_sheet"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contests/{id}/scores": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Saves a batch of `{ code, criterionKey, points, version? }`, all or nothing. */
        put: operations["JudgingController_submit"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contests/{id}/scores/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Theory-exam scores from a file (multipart `file`, .xlsx or .csv): code or ID number, and the
         *     score. Good rows are saved; every bad row is listed with its row number, field and reason.
         */
        post: operations["JudgingController_importScores"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contests/{id}/times": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Time used per contestant, for the tie-break. */
        put: operations["JudgingController_times"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contests/{id}/attendance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Marks contestants ABSENT or DISQUALIFIED (listed without a rank, no scores needed). */
        put: operations["JudgingController_attendance"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contests/{id}/scores/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What is missing, flagged (spread beyond tolerance, too few judges) and ready. */
        get: operations["JudgingController_status"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contests/{id}/scores/group": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One contestant's scores on one criterion, judge by judge (`?code=&criterionKey=`). */
        get: operations["JudgingController_group"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contests/{id}/scores/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A chief judge (or an organizer: the second hand after a chief's correction) confirms every
         *     complete, in-tolerance group they did not score or enter.
         */
        post: operations["JudgingController_confirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contests/{id}/scores/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The chief judge closes scoring once every score is confirmed: SCORING → REVIEW, audited.
         *     409 SCORING_INCOMPLETE says what is still missing, flagged or unconfirmed.
         */
        post: operations["JudgingController_close"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contests/{id}/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The audit log, in order, a page at a time (`afterSeq`, `limit` ≤ 5000). */
        get: operations["JudgingController_auditLog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contests/{id}/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Recomputes the hash chain: `{ ok, entries, firstBroken? }`. */
        get: operations["JudgingController_verify"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/judging/contests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The contests the caller is on the panel of: trade, status, chief or not, their criteria. */
        get: operations["MyContestsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contests/{id}/results/compute": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Queues the computation of the contest's results: 202 `{ runId, jobId }`. Refused with the
         *     exact list while any score is missing, flagged or unconfirmed; nothing changed → same run.
         */
        post: operations["ResultsController_compute"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contests/{id}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A run's rows with the per-part breakdown and why each title was or was not given. */
        get: operations["ResultsController_rows"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contests/{id}/results/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The results as the .xlsx posted for 公示 (the published run, or `runId`). */
        get: operations["ResultsController_exportContest"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/competitions/{id}/results/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every published contest of the competition, a sheet each, and titles per unit. */
        get: operations["ResultsController_exportCompetition"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contests/{id}/results/runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ResultsController_runs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contests/{id}/results/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Makes a finished run public and opens the publication window (default 5 days). */
        post: operations["ResultsController_publish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contests/{id}/results/publication": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Where publication stands: the public run and when its window closes. The window opens with
         *     the first publication only, so the pages read it here rather than guess it from the runs.
         */
        get: operations["ResultsController_publicationState"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contests/{id}/results/finalize": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** PUBLISHED → FINAL, once the window has closed and no objection is open. */
        post: operations["ResultsController_finalize"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contests/{id}/objections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ResultsController_objections"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/objections/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Upholds (then: correction by the chief judge, a new run, publish again) or dismisses. */
        patch: operations["ResultsController_decide"];
        trace?: never;
    };
    "/api/public/competitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every competition with how many of its contests are published: the public site's entry. */
        get: operations["PublicResultsController_competitions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/competitions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A competition's contests: trade, stage, publication window and field size (no names). */
        get: operations["PublicResultsController_competition"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/competitions/{id}/rankings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Published results only, per contest or across the competition; search by name or unit. */
        get: operations["PublicResultsController_rankings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/competitions/{id}/units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Per unit: participants, and titles of each kind, over the published results. Cached like the
         *     rankings: it reads every published line of the competition.
         */
        get: operations["PublicResultsController_units"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/results/lookup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A worker's own full breakdown, by name and ID number (rate-limited per address). */
        post: operations["PublicResultsController_lookup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/contests/{id}/objections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** An objection (申诉) to published results, during the publication window. */
        post: operations["PublicResultsController_object"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contests/{id}/feeders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The saved feeders and rule, as PUT answered them; before any PUT `{ feederContestIds: [],
         *     rule: null }` (docs/advancement.md). 404 CONTEST_NOT_FOUND when there is no such contest.
         */
        get: operations["RoundsController_feeders"];
        /** The later round's feeders (选拔赛) and rule of advancement (晋级规则), replacing any before. */
        put: operations["RoundsController_setFeeders"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contests/{id}/advancement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The latest version of the advancement list. */
        get: operations["RoundsController_latest"];
        put?: never;
        /**
         * Computes the advancement list from the feeders' published results; keeps a new version only
         *     when the list changed (the same version otherwise). Never touches registrations.
         */
        post: operations["RoundsController_compute"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contests/{id}/advancement/apply": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Makes the final's registrations follow the latest list (while the final is DRAFT or
         *     REGISTRATION): advancers approved and linked to their feeder entry, the others withdrawn.
         *     Running it again changes only what changed.
         */
        post: operations["RoundsController_apply"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/advancement/{registrationId}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * An advancer declines (弃权); `:registrationId` is the feeder entry. Answers the new version of
         *     the list, the reserve moved up. Organizers, or a coordinator of the worker's unit or above it.
         */
        post: operations["RoundsController_decline"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/advancement/{registrationId}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** An advancer confirms their place (确认参赛); answers the list as computed again. */
        post: operations["RoundsController_confirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/contests/{id}/advancement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The latest advancement list (晋级名单) once one exists: names, units, totals and ranks only,
         *     and its feeders named by trade, round and host unit.
         */
        get: operations["PublicAdvancementController_latest"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/path": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A worker's path by name and ID number: each entry's round, host unit, published result and
         *     where the later round's advancement list puts it (rate-limited with the other look-ups).
         */
        post: operations["WorkerPathController_path"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/competitions/{id}/grants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The grants (专项资金): organizers see all, a coordinator their unit's and those below it. */
        get: operations["CampaignFiguresController_list"];
        /**
         * Replaces the competition's grants, all or nothing (400 GRANTS_INVALID lists every problem of
         *     every row). A reported grant cannot be left out. Amounts in yuan with at most 2 decimals.
         */
        put: operations["CampaignFiguresController_replace"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/competitions/{id}/grants/{unitId}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** A unit's report of its use of the grant (its coordinators, those above, organizers). */
        put: operations["CampaignFiguresController_report"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/competitions/{id}/grants/changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every change of the grants, oldest first: who, when, what the grant became. */
        get: operations["CampaignFiguresController_changes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/competitions/{id}/statistics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The campaign's figures: trades, participants (once each), contests held, titles, grants, funnel. */
        get: operations["CampaignFiguresController_statisticsOf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contests/{id}/certificates/issue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Queues the issue (and any needed revocation and reissue) of the contest's certificates. */
        post: operations["CertificatesController_issue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contests/{id}/certificates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CertificatesController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contests/{id}/certificates/zip": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every valid certificate of the contest as one .zip of PDFs. */
        get: operations["CertificatesController_zip"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/certificates/{serial}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CertificatesController_pdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/certificates/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Verification for anyone, by the code on the certificate (and in its QR code). */
        get: operations["CertificatesController_verify"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/certificates/{code}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The holder's own PDF, by the verification code they hold. */
        get: operations["CertificatesController_holderPdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/certificates/lookup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A worker finds their own certificates by name and ID number (rate-limited per address). */
        post: operations["CertificatesController_mine"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/competitions/{id}/unit-results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The published lines of the workers of the caller's unit and the units below it. */
        get: operations["UnitResultsController_lines"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/competitions/{id}/unit-certificates/zip": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Their valid certificates as one .zip of PDFs, to print and hand out. */
        get: operations["UnitResultsController_zip"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/maintenance/optimize-database": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Queues a database optimisation (WAL checkpoint and statistics). 503 QUEUE_UNAVAILABLE without Redis. */
        post: operations["MaintenanceController_optimize"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/competitions/{id}/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Participants per unit and per trade, judging progress and the distribution of totals per
         *     contest (organizers only: it spans every unit).
         */
        get: operations["DashboardController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/competitions/{id}/anonymise": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Erases the ID numbers and phones of the competition's workers once its results were published
         *     more than PERSONAL_DATA_RETENTION_DAYS ago (409 RETENTION_NOT_OVER before), except workers
         *     entered in a competition still within its period. Names, results and certificates stay.
         *     Recorded with who, when and how many; repeating it erases nothing more.
         */
        post: operations["RetentionController_anonymise"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/trades/{id}/questions/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Imports questions (.xlsx or .csv, multipart field `file`): good rows are saved in one
         *     transaction (new codes created, changed ones updated or given a new version), bad rows listed.
         */
        post: operations["QuestionsController_import"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/trades/{id}/questions/import-template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The template: the columns in order and one example row per question type. */
        get: operations["QuestionsController_template"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/trades/{id}/questions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The current version of each question code, ACTIVE unless `status` says otherwise, by code.
         *     Every row unless `page`/`pageSize` is given; the header X-Total-Count has the full count.
         */
        get: operations["QuestionsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/questions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Retires a question (out of new papers; papers already drawn keep it) or brings it back. */
        patch: operations["QuestionsController_setStatus"];
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        JobResponse: {
            jobId: string;
            /**
             * @description The job's name in the catalogue: `import-roster`, `compute-results`, `issue-certificates` or
             *     `optimize-database`.
             */
            name: string;
            /** @enum {string} */
            state: "active" | "completed" | "waiting" | "delayed" | "failed" | "paused" | "stuck" | "unknown";
            /** @description What the job reports while it runs (a number, or an object of counts). */
            progress: Record<string, never>;
            attempts: number;
            /** @description What the job returned, once completed. */
            result?: Record<string, never>;
            /** @description Why it failed, once failed. */
            error?: string;
            createdAt: string;
            finishedAt?: string;
        };
        HealthResponse: {
            /** @enum {string} */
            status: "error" | "ok";
            /** @enum {string} */
            db: "up" | "down";
            /** @enum {string} */
            redis: "up" | "down";
        };
        PingResponse: {
            ok: boolean;
        };
        CreateUserDto: {
            /** @description 3–32 letters, digits, `_`, `.` or `-`. */
            username: string;
            /** @description 8–72 characters. */
            password: string;
            displayName: string;
            /** @enum {string} */
            role: "ORGANIZER" | "UNIT_COORDINATOR" | "JUDGE";
            /** @description Required for UNIT_COORDINATOR; a judge's own unit (conflicts of interest); none for ORGANIZER. */
            unitId?: number;
        };
        UserResponse: {
            id: number;
            username: string;
            displayName: string;
            /** @enum {string} */
            role: "ORGANIZER" | "UNIT_COORDINATOR" | "JUDGE";
            unitId: number | null;
            active: boolean;
            createdAt: string;
        };
        ResetPasswordDto: {
            /** @description 8–72 characters, as for a new account; the holder changes it after signing in. */
            newPassword: string;
        };
        UpdateUserDto: {
            /** @description false: the account can no longer log in, and every token it holds is revoked at once. */
            active: boolean;
        };
        LoginDto: {
            username: string;
            password: string;
        };
        LoginResponse: {
            /** @description Send as `Authorization: Bearer <accessToken>`. */
            accessToken: string;
            /** @description Seconds until the token expires. */
            expiresIn: number;
            user: {
                id: number;
                username: string;
                displayName: string;
                role: string;
                unitId: number | null;
            };
        };
        ChangePasswordDto: {
            currentPassword: string;
            /** @description 8–72 characters, as for a new account. */
            newPassword: string;
        };
        MeResponse: {
            userId: number;
            username: string;
            /** @enum {string} */
            role: "ORGANIZER" | "UNIT_COORDINATOR" | "JUDGE";
            /** @description The unit of a coordinator or judge; null for organizers without one. */
            unitId: number | null;
        };
        CreateUnitDto: {
            /** @description The unit's own short code, used to match roster rows (letters, digits, `-`, `_`; up to 32). */
            code: string;
            /** @description Full name, e.g. 阜新矿业集团工会. */
            name: string;
            /** @description The unit above it; omitted for the federation itself. */
            parentId?: number;
        };
        UnitResponse: {
            id: number;
            code: string;
            name: string;
            parentId: number | null;
            /** @description 0 for a root unit. */
            depth: number;
        };
        CreateTradeDto: {
            /** @description Upper-case letters and digits, starting with a letter, 2–16 long; appears in certificate serials. */
            code: string;
            /** @description Chinese name, e.g. 电子商务. */
            name: string;
            nameEn?: string;
        };
        TradeResponse: {
            id: number;
            code: string;
            name: string;
            nameEn: string | null;
        };
        CreateCompetitionDto: {
            /** @description Short code used in certificate serials, e.g. FX2017: upper-case letters and digits, 2–16. */
            code: string;
            /** @description e.g. 2017年阜新市职工职业技能大赛 */
            name: string;
            year: number;
            /** @description Printed on certificates, e.g. 阜新市总工会. */
            issuingBody?: string;
        };
        ContestSummary: {
            id: number;
            tradeId: number;
            tradeCode: string;
            tradeName: string;
            /** @enum {string} */
            status: "DRAFT" | "REGISTRATION" | "SCORING" | "REVIEW" | "PUBLISHED" | "FINAL";
        };
        CompetitionResponse: {
            id: number;
            code: string;
            name: string;
            year: number;
            issuingBody: string | null;
            createdAt: string;
            contests?: components["schemas"]["ContestSummary"][];
        };
        CriterionDto: {
            /** @description Unique within the contest: `^[a-z][a-z0-9_]{0,31}$`. */
            key: string;
            name: string;
            /** @description Up to 2 decimals. JUDGEMENT criteria are marked 0–3 by each judge and scaled to this. */
            maxPoints: number;
            /** @enum {string} */
            kind: "MEASUREMENT" | "JUDGEMENT";
            /**
             * @description Default MEAN. TRIMMED_MEAN drops one highest and one lowest mark.
             * @enum {string}
             */
            method?: "MEAN" | "TRIMMED_MEAN" | "MEDIAN" | "SINGLE";
            /** @description JUDGEMENT: allowed spread in marks (whole, 0–3, default 1); MEASUREMENT: in points (default none). */
            tolerance?: number | null;
        };
        PartDto: {
            /** @description e.g. `theory`, `practical`, `defence`. */
            key: string;
            name: string;
            /** @description The weights of all parts sum to 100. */
            weight: number;
            /**
             * @description Defaults to the sum of the criteria maxima (and must equal it if given). A carried part:
             *     default 100 (a feeder total's scale); at least 100 if given.
             */
            maxPoints?: number;
            /** @description On the part scaled to 100; default 60; null for none. */
            passMark?: number | null;
            /**
             * @description A carried part (round 2 or later, at most one per scheme, never the only part): its points are
             *     the finalist's published feeder total, scaled to its weight like any part; it has no criteria
             *     and judges never score it. Default false.
             */
            carried?: boolean;
            /** @description 1 to 50 criteria; left out (or empty) for a carried part. */
            criteria?: components["schemas"]["CriterionDto"][];
        };
        SchemeDto: {
            parts: components["schemas"]["PartDto"][];
        };
        TitleRungDto: {
            /** @enum {string} */
            title: "CHAMPION" | "PACESETTER" | "EXPERT" | "EXCELLENT";
            /** @description A rank range … */
            fromRank?: number;
            toRank?: number;
            /** @description … or the top percentage of the ranked field (cumulative), counted with `rounding` (default FLOOR). */
            percent?: number;
            /** @enum {string} */
            rounding?: "FLOOR" | "CEIL" | "HALF_UP";
        };
        TitlePolicyDto: {
            /** @description In ladder order: CHAMPION, PACESETTER, EXPERT, EXCELLENT (any subset). */
            rungs: components["schemas"]["TitleRungDto"][];
            /** @description Default 60. */
            minTotal?: number;
            /** @description Default true. */
            requireAllPartsPassed?: boolean;
            /**
             * @description Contestants tied across a rung's boundary: all get the higher title (default) or all are left out.
             * @enum {string}
             */
            tieAtBoundary?: "INCLUDE_ALL" | "EXCLUDE_ALL";
        };
        TieBreakKeyDto: {
            /** @enum {string} */
            by: "PART" | "CRITERION" | "TIME";
            partKey?: string;
            criterionKey?: string;
            /**
             * @description Default DESC for PART and CRITERION (higher wins), ASC for TIME (less wins).
             * @enum {string}
             */
            order?: "ASC" | "DESC";
        };
        CreateContestDto: {
            tradeId: number;
            scheme: components["schemas"]["SchemeDto"];
            /** @description Default: rank 1 技术状元, 2–3 技术标兵, 4–10 技术能手, 11–15 优秀选手; total ≥ 60 and all parts passed. */
            titlePolicy?: components["schemas"]["TitlePolicyDto"];
            /** @description Default: the practical part, higher first; then time used, less first. */
            tieBreak?: components["schemas"]["TieBreakKeyDto"][];
            /** @description Fewer approved entrants and no titles are awarded. Default 3. */
            minField?: number;
            /** @description May a worker entered here also enter another trade of the competition? Default false. */
            allowMultipleEntries?: boolean;
            /** @description The contest's place in its trade's funnel: 1 (default) for a first round; the last round is the final. */
            round?: number;
            /** @description The unit that runs the contest (承办单位), e.g. a district union's preliminary; default none. */
            hostUnitId?: number;
            /** @description May workers enter themselves (their unit coordinator approves)? Default false. */
            selfRegistration?: boolean;
        };
        CriterionView: {
            key: string;
            name: string;
            /** @enum {string} */
            kind: "MEASUREMENT" | "JUDGEMENT";
            /** @enum {string} */
            method: "MEAN" | "TRIMMED_MEAN" | "MEDIAN" | "SINGLE";
            maxPoints: number;
            /** @description JUDGEMENT: marks; MEASUREMENT: points; null: no spread check. */
            tolerance: number | null;
        };
        PartView: {
            key: string;
            name: string;
            weight: number;
            maxPoints: number;
            passMark: number | null;
            /** @description A carried part: its points are the finalist's feeder total; it has no criteria. */
            carried: boolean;
            criteria: components["schemas"]["CriterionView"][];
        };
        TitleRungView: {
            /** @enum {string} */
            title: "CHAMPION" | "PACESETTER" | "EXPERT" | "EXCELLENT";
            /** @description 技术状元 / 技术标兵 / 技术能手 / 优秀选手 */
            titleName: string;
            fromRank?: number;
            toRank?: number;
            percent?: number;
            /** @enum {string} */
            rounding?: "FLOOR" | "CEIL" | "HALF_UP";
        };
        TitlePolicyView: {
            rungs: components["schemas"]["TitleRungView"][];
            minTotal: number;
            requireAllPartsPassed: boolean;
            /** @enum {string} */
            tieAtBoundary: "INCLUDE_ALL" | "EXCLUDE_ALL";
        };
        TieBreakKeyView: {
            /** @enum {string} */
            by: "PART" | "CRITERION" | "TIME";
            partKey?: string;
            criterionKey?: string;
            /** @enum {string} */
            order: "ASC" | "DESC";
        };
        ContestResponse: {
            id: number;
            competitionId: number;
            trade: {
                id: number;
                code: string;
                name: string;
                nameEn: string | null;
            };
            /** @enum {string} */
            status: "DRAFT" | "REGISTRATION" | "SCORING" | "REVIEW" | "PUBLISHED" | "FINAL";
            /** @description The statuses a PATCH may move to from here. */
            allowedTransitions: ("DRAFT" | "REGISTRATION" | "SCORING" | "REVIEW" | "PUBLISHED" | "FINAL")[];
            version: number;
            minField: number;
            allowMultipleEntries: boolean;
            /** @description 1 for a first round; the last round of a trade is its final. */
            round: number;
            /** @description The unit that runs the contest (承办单位); null when the organizers run it. */
            hostUnitId: number | null;
            /** @description Whether workers may enter themselves. */
            selfRegistration: boolean;
            scheme: {
                parts: components["schemas"]["PartView"][];
            };
            titlePolicy: components["schemas"]["TitlePolicyView"];
            tieBreak: components["schemas"]["TieBreakKeyView"][];
            createdAt: string;
            updatedAt: string;
        };
        UpdateContestDto: {
            scheme?: components["schemas"]["SchemeDto"];
            /** @description Default: rank 1 技术状元, 2–3 技术标兵, 4–10 技术能手, 11–15 优秀选手; total ≥ 60 and all parts passed. */
            titlePolicy?: components["schemas"]["TitlePolicyDto"];
            /** @description Default: the practical part, higher first; then time used, less first. */
            tieBreak?: components["schemas"]["TieBreakKeyDto"][];
            /** @description Fewer approved entrants and no titles are awarded. Default 3. */
            minField?: number;
            /** @description May a worker entered here also enter another trade of the competition? Default false. */
            allowMultipleEntries?: boolean;
            /** @description May workers enter themselves (their unit coordinator approves)? Default false. */
            selfRegistration?: boolean;
            /**
             * @description Along the lifecycle DRAFT → REGISTRATION → SCORING → REVIEW → PUBLISHED → FINAL (and one step back).
             * @enum {string}
             */
            status?: "DRAFT" | "REGISTRATION" | "SCORING" | "REVIEW" | "PUBLISHED" | "FINAL";
            /** @description The version that was read; a stale one is refused with 409 (also accepted as an If-Match header). */
            version?: number;
        };
        WorkerInputDto: {
            name: string;
            /** @description 18 characters (GB 11643-1999); a lowercase x is accepted and stored as X. */
            idNumber: string;
            /** @description M/F (or 男/女); derived from the ID number when left out, and checked against it when given. */
            gender?: string;
            phone?: string;
            /** @description Required for organizers; a unit coordinator's own unit when left out. */
            unitId?: number;
        };
        CreateRegistrationDto: {
            worker: components["schemas"]["WorkerInputDto"];
        };
        RegisteredWorkerResponse: {
            id: number;
            name: string;
            /** @enum {string} */
            gender: "M" | "F";
            /**
             * @description Masked (`110105********002X`) except in an organizer's view of one registration; null once
             *     the worker was anonymised after the retention period.
             */
            idNumber: string | null;
            /** @description Masked (`138****5678`) except in an organizer's view of one registration. */
            phone: string | null;
            /** @description Only in an organizer's view of one registration. */
            birthDate?: string;
            unitId: number;
            unitCode: string;
            unitName: string;
        };
        TransferFromResponse: {
            workerId: number;
            name: string;
            unitId: number;
            unitCode: string;
            unitName: string;
        };
        RegistrationResponse: {
            id: number;
            contestId: number;
            /** @enum {string} */
            status: "PENDING" | "APPROVED" | "REJECTED" | "WITHDRAWN";
            rejectReason: string | null;
            outOfCompetition: boolean;
            /** @description Entered by the worker themselves from the public page (自主报名); waits for their unit coordinator. */
            selfRegistered: boolean;
            stationNo: number | null;
            /** @description The secret blind code: organizers only, after the draw. */
            code?: string | null;
            worker: components["schemas"]["RegisteredWorkerResponse"];
            /**
             * @description Organizers only: set when a unit coordinator entered an ID number that is on record in a unit
             *     outside theirs (a transfer request; they were not told). `worker` is what they entered; this is
             *     the record. Approving the registration merges the two and moves the worker to `worker.unitId`.
             */
            transferFrom?: components["schemas"]["TransferFromResponse"] | null;
            createdAt: string;
            updatedAt: string;
            decidedAt: string | null;
        };
        BulkDecisionDto: {
            /** @enum {string} */
            status: "APPROVED" | "REJECTED" | "WITHDRAWN";
            ids?: number[];
            /** @description Instead of `ids`: every registration of the contest that is PENDING now. */
            allPending?: boolean;
            reason?: string;
        };
        DecisionsResponse: {
            changed: number;
            unchanged: number;
        };
        UpdateRegistrationDto: {
            /** @enum {string} */
            status?: "APPROVED" | "REJECTED" | "WITHDRAWN";
            /** @description Required when rejecting; shown to the unit. */
            reason?: string;
            /** @description A guest: ranked for display, takes no title and no quota. */
            outOfCompetition?: boolean;
        };
        DrawDto: {
            /** @description Draw again (before scoring starts), replacing every station number and code. */
            redraw?: boolean;
        };
        DrawSummaryResponse: {
            contestId: number;
            /** @description 1 for the first draw, 2+ for redraws. */
            round: number;
            drawnAt: string;
            /** @description How many approved registrations got a station and a code. */
            drawn: number;
        };
        DrawSheetResponse: {
            round: number;
            drawnAt: string | null;
            entries: components["schemas"]["RegistrationResponse"][];
        };
        RejectedRowResponse: {
            /** @description Its row number in the spreadsheet (or line of the .csv). */
            row: number;
            /** @description name, idNumber, gender, phone, unit or unitCode. */
            field: string;
            /** @description The column's header as written in the file (e.g. 身份证号), when the file has it. */
            column?: string;
            code: string;
            message: string;
            messageZh: string;
        };
        ImportResultResponse: {
            /** @description Data rows read (blank rows are not counted). */
            totalRows: number;
            created: number;
            updated: number;
            unchanged: number;
            /** @description Every refused row: its number in the spreadsheet, the field, a stable code and the reason. */
            rejected: components["schemas"]["RejectedRowResponse"][];
        };
        QueuedImportResponse: {
            /** @enum {string} */
            status: "QUEUED";
            importId: number;
            /** @description Follow it at GET /api/jobs/:jobId or GET …/registrations/imports/:importId. */
            jobId: string;
        };
        /**
         * @description A stable code, e.g. ROSTER_IMPORT_CRASHED.
         * @enum {string}
         */
        ErrorCode: "ADVANCEMENT_ALREADY_CONFIRMED" | "ADVANCEMENT_ALREADY_DECLINED" | "ADVANCEMENT_CLOSED" | "ADVANCEMENT_CONFIRM_BY_INVALID" | "ADVANCEMENT_ENTRY_NOT_FOUND" | "ADVANCEMENT_LIST_STALE" | "ADVANCEMENT_MIN_TOTAL_INVALID" | "ADVANCEMENT_MODE_INVALID" | "ADVANCEMENT_NOT_ADVANCED" | "ADVANCEMENT_NOT_CONFIGURED" | "ADVANCEMENT_NOT_FOUND" | "ADVANCEMENT_N_INVALID" | "ADVANCEMENT_PERCENT_INVALID" | "ADVANCEMENT_POOL_INVALID" | "ADVANCEMENT_QUOTAS_INVALID" | "ADVANCEMENT_QUOTA_UNITS_NESTED" | "ADVANCEMENT_QUOTA_UNIT_DUPLICATE" | "ADVANCEMENT_QUOTA_UNIT_UNKNOWN" | "ADVANCEMENT_RULE_INVALID" | "ADVANCEMENT_TIES_AT_CUT_INVALID" | "BAD_REQUEST" | "CANNOT_DEACTIVATE_SELF" | "CARRIED_PART_ALONE" | "CARRIED_PART_FIRST_ROUND" | "CARRIED_PART_HAS_CRITERIA" | "CARRIED_PART_INVALID" | "CARRIED_PART_TOO_MANY" | "CARRIED_TOTAL_MISSING" | "CERTIFICATES_NOT_PUBLISHED" | "CERTIFICATE_GLYPH_MISSING" | "CERTIFICATE_NOT_FOUND" | "COMPETITION_CODE_TAKEN" | "COMPETITION_NOT_FOUND" | "CONFIRM_OWN_SCORE" | "CONFLICT" | "CONFLICT_TARGET_REQUIRED" | "CONTESTANT_NOT_FOUND" | "CONTEST_NOT_EDITABLE" | "CONTEST_NOT_FOUND" | "CONTEST_TRADE_TAKEN" | "COORDINATOR_WITHOUT_UNIT" | "CORRECTION_NEEDS_OBJECTION" | "CORRECTION_REASON_REQUIRED" | "CRITERIA_INVALID" | "CRITERION_INVALID" | "CURRENT_PASSWORD_WRONG" | "DATABASE_BUSY" | "DECISION_TARGET_REQUIRED" | "DRAW_ALREADY_DONE" | "DRAW_NOTHING_TO_DRAW" | "DRAW_PENDING_REGISTRATIONS" | "DRAW_REGISTRATION_OPEN" | "DRAW_SCORING_STARTED" | "DRAW_TOO_LATE" | "DUPLICATE_CRITERION_KEY" | "DUPLICATE_PART_KEY" | "DUPLICATE_TIE_BREAK" | "DUPLICATE_TITLE" | "FEEDERS_INVALID" | "FEEDER_NOT_PUBLISHED" | "FORBIDDEN" | "GENDER_INVALID" | "GENDER_MISMATCH" | "GRANTS_INVALID" | "GRANT_AMOUNT_INVALID" | "GRANT_AMOUNT_NEGATIVE" | "GRANT_AMOUNT_PRECISION" | "GRANT_AMOUNT_TOO_LARGE" | "GRANT_NOT_FOUND" | "GRANT_REPORTED" | "GRANT_UNIT_DUPLICATE" | "GRANT_UNIT_UNKNOWN" | "GRANT_USED_OVER_AMOUNT" | "HOSTED_CONTEST_ROUND" | "HOST_UNIT_NOT_FOUND" | "HOST_UNIT_OUT_OF_SCOPE" | "ID_NUMBER_15_DIGIT" | "ID_NUMBER_BIRTH_DATE" | "ID_NUMBER_CHECK_DIGIT" | "ID_NUMBER_EMPTY" | "ID_NUMBER_FORMAT" | "ID_NUMBER_LENGTH" | "ID_NUMBER_REGION" | "ID_NUMBER_SCIENTIFIC" | "ID_NUMBER_STORED_AS_NUMBER" | "IF_MATCH_INVALID" | "INTERNAL_ERROR" | "INVALID_CREDENTIALS" | "INVALID_ID" | "INVALID_JSON" | "INVALID_TRANSITION" | "JOB_NOT_FOUND" | "JUDGE_ALREADY_ASSIGNED" | "JUDGE_CONFLICT_OF_INTEREST" | "JUDGE_HAS_SCORES" | "JUDGE_NOT_FOUND" | "JUDGE_UNIT_OUT_OF_SCOPE" | "JUDGE_USER_INVALID" | "JUDGING_LOCKED" | "KEY_INVALID" | "KIND_INVALID" | "LOGIN_DELAYED" | "MAX_POINTS_INVALID" | "METHOD_INVALID" | "METHOD_NOT_ALLOWED" | "MIN_TOTAL_INVALID" | "NAME_EMPTY" | "NAME_INVALID" | "NAME_REQUIRED" | "NAME_TOO_LONG" | "NOTHING_TO_UPDATE" | "NOT_ACCEPTABLE" | "NOT_A_JUDGE_OF_CONTEST" | "NOT_CHIEF_JUDGE" | "NOT_FOUND" | "NOT_ORGANIZER_OR_CHIEF" | "OBJECTIONS_OPEN" | "OBJECTION_ALREADY_DECIDED" | "OBJECTION_ALREADY_OPEN" | "OBJECTION_NOT_FOUND" | "OBJECTION_WINDOW_CLOSED" | "ORDER_INVALID" | "PARENT_UNIT_NOT_FOUND" | "PARTS_INVALID" | "PART_INVALID" | "PART_MAX_MISMATCH" | "PASSWORD_UNCHANGED" | "PASS_MARK_INVALID" | "PAYLOAD_TOO_LARGE" | "PERCENT_INVALID" | "PERCENT_NOT_INCREASING" | "PHONE_INVALID" | "PHONE_REQUIRED" | "POLICY_INVALID" | "PUBLICATION_WINDOW_OPEN" | "QUESTION_ANSWER_INVALID" | "QUESTION_AREA_REQUIRED" | "QUESTION_CODE_DUPLICATE" | "QUESTION_CODE_REQUIRED" | "QUESTION_CODE_TOO_LONG" | "QUESTION_DIFFICULTY_INVALID" | "QUESTION_FILE_DUPLICATE_COLUMN" | "QUESTION_FILE_EMPTY" | "QUESTION_FILE_FORMAT_UNSUPPORTED" | "QUESTION_FILE_NOT_MULTIPART" | "QUESTION_FILE_NO_HEADER" | "QUESTION_FILE_REQUIRED" | "QUESTION_FILE_TOO_LARGE" | "QUESTION_FILE_TOO_MANY_ROWS" | "QUESTION_FILE_UNREADABLE" | "QUESTION_FILE_UNSUPPORTED_FORMAT" | "QUESTION_FILE_XLS_UNSUPPORTED" | "QUESTION_NOT_FOUND" | "QUESTION_OPTIONS_INVALID" | "QUESTION_STEM_REQUIRED" | "QUESTION_STEM_TOO_LONG" | "QUESTION_TYPE_INVALID" | "QUEUE_UNAVAILABLE" | "RANGE_AFTER_PERCENT" | "RANK_INVALID" | "RANK_RANGE_INVALID" | "REGISTRATION_CLOSED" | "REGISTRATION_DECISION_FORBIDDEN" | "REGISTRATION_EXISTS" | "REGISTRATION_LOCKED" | "REGISTRATION_NOT_FOUND" | "REGISTRATION_OTHER_TRADE" | "REGISTRATION_REJECTED" | "REGISTRATION_SAME_ROUND" | "REGISTRATION_SCORING_STARTED" | "REGISTRATION_STATUS_INVALID" | "REGISTRATION_TRANSITION_INVALID" | "REJECT_REASON_REQUIRED" | "REQUIRE_ALL_PARTS_PASSED_INVALID" | "RESET_OWN_PASSWORD" | "RESULTS_COMPUTE_CRASHED" | "RESULTS_NOT_DRAWN" | "RESULTS_NOT_PUBLISHED" | "RESULTS_NOT_READY" | "RESULTS_PUBLISH_WRONG_STAGE" | "RESULTS_WRONG_STAGE" | "RESULT_RUN_NOT_DONE" | "RESULT_RUN_NOT_FOUND" | "RESULT_RUN_OUTDATED" | "RETENTION_NOT_OVER" | "ROLE_NOT_ALLOWED" | "ROSTER_DUPLICATE_COLUMN" | "ROSTER_DUPLICATE_ROW" | "ROSTER_EMPTY" | "ROSTER_FILE_REQUIRED" | "ROSTER_FORMAT_UNSUPPORTED" | "ROSTER_IMPORT_CONTENT_GONE" | "ROSTER_IMPORT_CRASHED" | "ROSTER_IMPORT_NOT_FOUND" | "ROSTER_IMPORT_UPLOADER_INACTIVE" | "ROSTER_MISSING_COLUMN" | "ROSTER_NOT_MULTIPART" | "ROSTER_NO_HEADER" | "ROSTER_TOO_LARGE" | "ROSTER_TOO_MANY_ROWS" | "ROSTER_UNREADABLE" | "ROSTER_UNSUPPORTED_FORMAT" | "ROSTER_XLS_UNSUPPORTED" | "ROUNDING_INVALID" | "RUNGS_INVALID" | "RUNG_GAP" | "RUNG_INVALID" | "RUNG_KIND_INVALID" | "RUNG_OVERLAP" | "SAME_STATUS" | "SCHEME_INVALID" | "SCORE_CONFIRMED" | "SCORE_CONFLICT_OF_INTEREST" | "SCORE_DUPLICATE_ENTRY" | "SCORE_FILE_CODES_ONLY" | "SCORE_FILE_CODE_ID_MISMATCH" | "SCORE_FILE_CONTESTANT_REQUIRED" | "SCORE_FILE_DUPLICATE_COLUMN" | "SCORE_FILE_DUPLICATE_ROW" | "SCORE_FILE_EMPTY" | "SCORE_FILE_FORMAT_UNSUPPORTED" | "SCORE_FILE_NAME_MISMATCH" | "SCORE_FILE_NOT_MULTIPART" | "SCORE_FILE_NO_HEADER" | "SCORE_FILE_REQUIRED" | "SCORE_FILE_TOO_LARGE" | "SCORE_FILE_TOO_MANY_ROWS" | "SCORE_FILE_UNREADABLE" | "SCORE_FILE_UNSUPPORTED_FORMAT" | "SCORE_FILE_XLS_UNSUPPORTED" | "SCORE_IMPORT_CRITERION_REQUIRED" | "SCORE_IMPORT_JUDGE_REQUIRED" | "SCORE_MARK_INVALID" | "SCORE_NOT_ASSIGNED" | "SCORE_NOT_A_NUMBER" | "SCORE_NOT_PRESENT" | "SCORE_NOT_READY" | "SCORE_NOT_YOURS" | "SCORE_OUT_OF_RANGE" | "SCORE_TOO_PRECISE" | "SCORE_UNKNOWN_CODE" | "SCORE_UNKNOWN_CRITERION" | "SCORE_UNKNOWN_WORKER" | "SCORING_INCOMPLETE" | "SCORING_NOT_OPEN" | "SELF_REGISTRATION_NOT_OFFERED" | "SERVICE_UNAVAILABLE" | "STALE_SCORE" | "STALE_VERSION" | "TIE_BREAKS_INVALID" | "TIE_BREAK_INVALID" | "TIE_POLICY_INVALID" | "TITLE_INVALID" | "TITLE_ORDER" | "TITLE_POLICY_INVALID" | "TOKEN_EXPIRED" | "TOKEN_INVALID" | "TOKEN_MISSING" | "TOKEN_REVOKED" | "TOLERANCE_INVALID" | "TOO_MANY_LOGIN_ATTEMPTS" | "TOO_MANY_LOOKUPS" | "TOO_MANY_REQUESTS" | "TOO_MANY_UPLOADS" | "TRADE_CODE_TAKEN" | "TRADE_NOT_FOUND" | "TRANSFER_ALREADY_ENTERED" | "UNAUTHENTICATED" | "UNIT_AMBIGUOUS" | "UNIT_CODE_NAME_MISMATCH" | "UNIT_CODE_TAKEN" | "UNIT_NOT_ALLOWED" | "UNIT_NOT_FOUND" | "UNIT_OUT_OF_SCOPE" | "UNIT_REQUIRED" | "UNIT_TREE_TOO_DEEP" | "UNIT_UNKNOWN" | "UNKNOWN_CRITERION" | "UNKNOWN_PART" | "UNPROCESSABLE" | "UNSUPPORTED_MEDIA_TYPE" | "USERNAME_TAKEN" | "USER_NOT_FOUND" | "USER_ROLE_NOT_ALLOWED" | "USE_RESULTS_FINALIZE" | "USE_RESULTS_PUBLISH" | "VALIDATION_FAILED" | "WEIGHTS_NOT_100" | "WEIGHT_INVALID";
        ImportFailureResponse: {
            /** @description A stable code, e.g. ROSTER_IMPORT_CRASHED. */
            code: components["schemas"]["ErrorCode"];
            message: string;
        };
        ImportStatusResponse: {
            importId: number;
            /** @enum {string} */
            status: "DONE" | "FAILED" | "QUEUED" | "RUNNING";
            /** @description 0–100. */
            progress: number;
            jobId: string | null;
            filename: string;
            /** @description Once DONE; null before, and when it failed. */
            result: components["schemas"]["ImportResultResponse"] | null;
            /** @description Once FAILED; null otherwise. */
            error: components["schemas"]["ImportFailureResponse"] | null;
        };
        SelfRegistrationTradeView: {
            name: string;
            nameEn: string | null;
        };
        SelfRegistrationUnitView: {
            id: number;
            name: string;
        };
        SelfRegistrationContestView: {
            id: number;
            trade: components["schemas"]["SelfRegistrationTradeView"];
            /** @description 1 for a first round (初赛); the last round is the final. */
            round: number;
            /** @description The unit that runs it (承办单位), for a preliminary; null for the federation's own. */
            hostUnit: components["schemas"]["SelfRegistrationUnitView"] | null;
        };
        SelfRegistrationUnitNode: {
            id: number;
            name: string;
            parentId: number | null;
        };
        SelfRegistrationOptionsResponse: {
            competition: {
                id: number;
                name: string;
            };
            contests: components["schemas"]["SelfRegistrationContestView"][];
            units: components["schemas"]["SelfRegistrationUnitNode"][];
        };
        SelfRegistrationDto: {
            name: string;
            /** @description 18 characters (GB 11643-1999); a lowercase x is accepted and stored as X. */
            idNumber: string;
            /** @description A mobile number or a fixed line with its area code; required here (the coordinator calls back). */
            phone: string;
            /** @description The worker's unit (基层工会), chosen from the tree. */
            unitId: number;
        };
        SelfRegistrationResponse: {
            status: string;
        };
        AssignJudgeDto: {
            /** @description A user with the JUDGE role. */
            userId: number;
            /** @description A chief judge (裁判长) confirms scores; scores nothing unless given parts or criteria. */
            chief?: boolean;
            /** @description Score only these parts' criteria (keys). Default for a judge: every criterion. */
            parts?: string[];
            /** @description Score only these criteria (keys); with `parts`, the union. */
            criteria?: string[];
            /**
             * @description When the judge's unit (or a unit below it) has workers in the contest: EXCLUDE (default) keeps
             *     the judge off exactly those workers, REFUSE refuses the assignment.
             * @enum {string}
             */
            onConflict?: "EXCLUDE" | "REFUSE";
        };
        JudgeConflictsResponse: {
            count: number;
            codes: string[];
        };
        JudgeResponse: {
            userId: number;
            username: string;
            displayName: string;
            chief: boolean;
            /** @description The criteria they score (keys of the scheme). */
            criteria: string[];
            /**
             * @description EXCLUDE: kept off the workers of their own units; REFUSE: such an assignment was refused.
             * @enum {string}
             */
            onConflict: "EXCLUDE" | "REFUSE";
            /**
             * @description Workers this judge may not score: their units' and the declared ones (codes once drawn).
             *     Organizers only: to another judge it would tell which codes belong to which unit.
             */
            conflicts?: components["schemas"]["JudgeConflictsResponse"];
        };
        DeclareConflictDto: {
            /** @description The worker's resident ID number (a judge knows the person, not the code). */
            idNumber?: string;
            /** @description Organizers: the registration instead of the ID number. */
            registrationId?: number;
            /** @description Organizers: the judge the conflict is about (a judge declares for themselves). */
            judgeId?: number;
            reason?: string;
        };
        ConflictDeclaredResponse: {
            declared: boolean;
        };
        JudgeCriterionResponse: {
            key: string;
            name: string;
            /** @description The key of the part (theory, practical, …) the criterion belongs to. */
            partKey: string;
            /** @enum {string} */
            kind: "MEASUREMENT" | "JUDGEMENT";
            /** @description The criterion's maximum, with two decimals, as text (`"30.00"`). */
            maxPoints: string;
        };
        EnteredScoreResponse: {
            /** @description As text: two decimals for a measurement, a whole mark 0–3 for a judgement. */
            points: string;
            version: number;
            /** @description Whether a chief judge has confirmed it (a change then needs a reason). */
            confirmed: boolean;
        };
        SheetRowResponse: {
            /** @description Per criterion key (the sheet's criteria): this judge's score, or null when not entered yet. */
            scores: {
                [key: string]: components["schemas"]["EnteredScoreResponse"] | null;
            };
            code: string;
            /**
             * @description ABSENT or DISQUALIFIED contestants are listed but take no scores.
             * @enum {string}
             */
            attendance: "ABSENT" | "DISQUALIFIED" | "PRESENT";
            /** @description Time used in whole seconds (PUT …/times), null until recorded. */
            timeSeconds: number | null;
        };
        ScoreSheetResponse: {
            contestId: number;
            /** @description Whether the contest's tie-break chain uses time used: the sheet then asks for it. */
            timeUsed: boolean;
            /** @description The criteria the caller scores. */
            criteria: components["schemas"]["JudgeCriterionResponse"][];
            /** @description Empty before the draw; contestants the caller is in conflict with are left out. */
            rows: components["schemas"]["SheetRowResponse"][];
        };
        ScoreEntryDto: {
            /** @description Points (up to 2 decimals, 0..max) or, for a judgement criterion, a whole mark 0–3. */
            points: number | string;
            /** @description The registration's blind code. */
            code: string;
            criterionKey: string;
            /** @description The version read from the score sheet (0: "I expect no score yet"); a stale one is refused. */
            version?: number;
            /** @description Chief judges correcting another judge's score: that judge. */
            judgeId?: number;
        };
        SubmitScoresDto: {
            entries: components["schemas"]["ScoreEntryDto"][];
            /** @description Required for corrections: a confirmed score, or another judge's. */
            reason?: string;
        };
        SavedScoreResponse: {
            code: string;
            criterionKey: string;
            judgeId: number;
            /** @description Exact, with two decimals, as text (`"27.50"`). */
            points: string;
            version: number;
            /**
             * @description created, updated (a new value) or unchanged (the same value again: nothing written).
             * @enum {string}
             */
            outcome: "unchanged" | "created" | "updated";
        };
        ScoresSavedResponse: {
            saved: number;
            entries: components["schemas"]["SavedScoreResponse"][];
        };
        ScoreImportRejectionResponse: {
            /** @description Its row number in the spreadsheet (or line of the .csv), as the file's reader counts it. */
            row: number;
            /** @enum {string} */
            field: "name" | "code" | "idNumber" | "points";
            /** @description The column's header as written in the file, when the file has it. */
            column?: string;
            /** @description A stable code, e.g. SCORE_OUT_OF_RANGE. */
            code: string;
            message: string;
        };
        ScoreImportResultResponse: {
            criterionKey: string;
            /** @description The judge the scores were entered on behalf of. */
            judgeId: number;
            /** @description Data rows read (blank rows are not counted). */
            totalRows: number;
            created: number;
            updated: number;
            unchanged: number;
            rejected: components["schemas"]["ScoreImportRejectionResponse"][];
        };
        TimeEntryDto: {
            code: string;
            /** @description Time used, in whole seconds. */
            seconds: number;
        };
        SubmitTimesDto: {
            entries: components["schemas"]["TimeEntryDto"][];
        };
        SavedCountResponse: {
            saved: number;
        };
        AttendanceEntryDto: {
            code: string;
            /** @enum {string} */
            attendance: "ABSENT" | "DISQUALIFIED" | "PRESENT";
        };
        SubmitAttendanceDto: {
            entries: components["schemas"]["AttendanceEntryDto"][];
            reason?: string;
        };
        MissingGroupResponse: {
            code: string;
            criterionKey: string;
            missingScores: number;
            /** @description Organizers only: the assigned judges who have yet to score it. */
            missingJudges?: number[];
        };
        MissingGroupsResponse: {
            count: number;
            items: components["schemas"]["MissingGroupResponse"][];
        };
        MissingByJudgeResponse: {
            judgeId: number;
            /** @description Scores this judge has still to give, over every code. */
            scores: number;
        };
        FlaggedGroupResponse: {
            code: string;
            criterionKey: string;
            /**
             * @description SPREAD: the marks differ by more than the tolerance; TOO_FEW_JUDGES: the method needs more.
             * @enum {string}
             */
            reason: "SPREAD" | "TOO_FEW_JUDGES";
            /** @description SPREAD: the spread and the tolerance, ×100 (hundredths of a point, or of a mark). */
            spreadCenti?: number;
            toleranceCenti?: number;
            /** @description TOO_FEW_JUDGES: the judges who scored and how many the method needs. */
            judges?: number;
            needed?: number;
        };
        FlaggedGroupsResponse: {
            count: number;
            items: components["schemas"]["FlaggedGroupResponse"][];
        };
        ScoreStatusResponse: {
            contestId: number;
            contestants: number;
            /** @description Groups (contestant × criterion) to score. */
            groups: number;
            confirmed: number;
            ready: number;
            missing: components["schemas"]["MissingGroupsResponse"];
            /** @description Scores still to be given, judge by judge, over every code (whom to chase). */
            missingByJudge: components["schemas"]["MissingByJudgeResponse"][];
            flagged: components["schemas"]["FlaggedGroupsResponse"];
        };
        GroupStateResponse: {
            /** @enum {string} */
            state: "MISSING" | "FLAGGED" | "READY" | "CONFIRMED";
            /** @description MISSING: the required judges who have not scored. */
            missingJudges?: number[];
            /**
             * @description FLAGGED: why, with the spread and tolerance (SPREAD) or the judges and needed (TOO_FEW_JUDGES).
             * @enum {string}
             */
            reason?: "SPREAD" | "TOO_FEW_JUDGES";
            spreadCenti?: number;
            toleranceCenti?: number;
            judges?: number;
            needed?: number;
        };
        GroupJudgeResponse: {
            judgeId: number;
            /** @description Whether the judge's score counts (assigned to the criterion and not in conflict). */
            required: boolean;
            /** @description Their score, or null when they have not scored. */
            score: components["schemas"]["EnteredScoreResponse"] | null;
        };
        ScoreGroupResponse: {
            code: string;
            criterionKey: string;
            /** @enum {string} */
            attendance: "ABSENT" | "DISQUALIFIED" | "PRESENT";
            /** @description As the status answer words it; null for an absent or disqualified contestant. */
            state: components["schemas"]["GroupStateResponse"] | null;
            /** @description Required scores not given yet. */
            missingScores: number;
            /**
             * @description Organizers: the required judges first (assigned, not in conflict), then any others who
             *     scored. Chief judges: the counted scores only.
             */
            judges: components["schemas"]["GroupJudgeResponse"][];
        };
        ConfirmScoresDto: {
            /** @description Only these criteria (default: all). */
            criterionKeys?: string[];
        };
        GroupRefResponse: {
            code: string;
            criterionKey: string;
        };
        ConfirmReportResponse: {
            /** @description Groups (contestant × criterion) confirmed now, and the scores in them. */
            confirmed: number;
            scores: number;
            alreadyConfirmed: number;
            /** @description Ready groups this chief judge may not confirm because they entered one of the scores. */
            ownScores: components["schemas"]["GroupRefResponse"][];
            /**
             * @description Ready groups left for someone else because the caller is in conflict with the contestant
             *     (a count only: the codes would tell the caller which contestants are of their unit).
             */
            conflicted: number;
            missing: number;
            flagged: number;
        };
        CloseReportResponse: {
            /** @enum {string} */
            status: "REVIEW";
            contestId: number;
            groups: number;
            confirmed: number;
        };
        AuditEntryResponse: {
            /** @description What was there before, as the action records it (e.g. `{ valueCenti, version }`); null when nothing. Text if the stored value is not JSON (tampered with). */
            oldValue: ({
                [key: string]: unknown;
            } | string) | null;
            /** @description What it became, as the action records it (e.g. `{ valueCenti, version }`); null when nothing. Text if the stored value is not JSON (tampered with). */
            newValue: ({
                [key: string]: unknown;
            } | string) | null;
            seq: number;
            /** @description When, as an ISO 8601 instant. */
            at: string;
            /** @description Who did it (a user id); null for the system. */
            actorId: number | null;
            /** @description SCORE_CREATED, SCORE_UPDATED, SCORE_CORRECTED, SCORES_CONFIRMED, SCORING_CLOSED, TIME_SET, … */
            action: string;
            /** @description Organizers' view; always null in a chief judge's view, which gives `code` instead. */
            registrationId: number | null;
            /** @description Chief judges' view only: the contestant's blind code (null when it is not to be told). */
            code?: string | null;
            criterionKey: string | null;
            judgeId: number | null;
            reason: string | null;
            /** @description The hash of the entry before (64 zeros for the first) and of this one (SHA-256, hex). */
            prevHash: string;
            hash: string;
        };
        BrokenLinkResponse: {
            seq: number;
            reason: string;
        };
        VerifyReportResponse: {
            ok: boolean;
            entries: number;
            firstBroken?: components["schemas"]["BrokenLinkResponse"];
        };
        MyContestResponse: {
            contestId: number;
            competitionId: number;
            competitionName: string;
            tradeCode: string;
            tradeName: string;
            tradeNameEn: string | null;
            /** @enum {string} */
            status: "DRAFT" | "REGISTRATION" | "SCORING" | "REVIEW" | "PUBLISHED" | "FINAL";
            /** @description Scores are entered by blind code, so only once the draw has run. */
            drawn: boolean;
            /** @description A chief judge (裁判长) confirms the panel's scores. */
            chief: boolean;
            /** @description The criteria this judge scores (none for a chief judge who only confirms). */
            criteria: components["schemas"]["JudgeCriterionResponse"][];
            /** @description How many scores this judge has entered in the contest so far. */
            scoresEntered: number;
        };
        ComputeRequestedResponse: {
            runId: number;
            jobId: string | null;
            /** @enum {string} */
            status: "DONE" | "FAILED" | "QUEUED" | "RUNNING";
        };
        PartScoreResponse: {
            key: string;
            name: string;
            score: string;
            passed: boolean | null;
        };
        ResultRowResponse: {
            registrationId: number;
            position: number;
            name: string;
            unit: string;
            unitId: number;
            code: string | null;
            parts: components["schemas"]["PartScoreResponse"][];
            criteria: {
                [key: string]: string;
            };
            total: string | null;
            rank: number | null;
            tied: boolean;
            guest: boolean;
            /** @enum {string} */
            attendance: "ABSENT" | "DISQUALIFIED" | "PRESENT";
            timeSeconds: number | null;
            title: string | null;
            titleReason: string;
            titleDetail: string;
            titleDetailZh: string;
        };
        RunSummaryResponse: {
            /** @description How many took each title, by the title's key. */
            titles: {
                [key: string]: number;
            };
            contestants: number;
            ranked: number;
            guests: number;
            absent: number;
            disqualified: number;
            /** @description How long the computation took. */
            ms: number;
        };
        RunResponse: {
            runId: number;
            runNo: number;
            /** @enum {string} */
            status: "DONE" | "FAILED" | "QUEUED" | "RUNNING";
            fingerprint: string;
            jobId: string | null;
            requestedAt: string;
            finishedAt: string | null;
            publishedAt: string | null;
            error: {
                code: string | null;
                message: string;
            };
            summary: components["schemas"]["RunSummaryResponse"] | null;
        };
        PublishDto: {
            runId: number;
        };
        PublishedResponse: {
            contestId: number;
            runId: number;
            /** @enum {string} */
            status: "DRAFT" | "REGISTRATION" | "SCORING" | "REVIEW" | "PUBLISHED" | "FINAL";
            publicationEndsAt: string | null;
        };
        PublicationStateResponse: {
            contestId: number;
            /** @enum {string} */
            status: "DRAFT" | "REGISTRATION" | "SCORING" | "REVIEW" | "PUBLISHED" | "FINAL";
            publishedRunId: number | null;
            publicationEndsAt: string | null;
        };
        FinalizedResponse: {
            /** @enum {string} */
            status: "FINAL";
            contestId: number;
        };
        ObjectionResponse: {
            id: number;
            contestId: number;
            /** @description The published run it objects to. */
            runId: number;
            registrationId: number;
            text: string;
            /** @enum {string} */
            status: "OPEN" | "UPHELD" | "DISMISSED";
            /** @description The organizer's answer; null until decided. */
            response: string | null;
            /** @description Who decided it (a user id) and when (ISO 8601); null while OPEN. */
            decidedBy: number | null;
            decidedAt: string | null;
            createdAt: string;
        };
        DecideObjectionDto: {
            /** @enum {string} */
            decision: "UPHELD" | "DISMISSED";
            response: string;
        };
        PublicCompetitionResponse: {
            id: number;
            code: string;
            name: string;
            year: number;
            /** @description Contests of the competition, at any stage. */
            contests: number;
            /** @description Contests whose results are published (公示 or final). */
            publishedContests: number;
        };
        PublicContestResponse: {
            id: number;
            tradeCode: string;
            trade: string;
            tradeEn: string | null;
            /** @enum {string} */
            status: "DRAFT" | "REGISTRATION" | "SCORING" | "REVIEW" | "PUBLISHED" | "FINAL";
            published: boolean;
            publishedAt: string | null;
            publicationEndsAt: string | null;
            contestants: number;
            /** @description 1 = first round (初赛); 2 and above are later rounds with an advancement list (晋级名单). */
            round: number;
            /** @description The unit hosting a preliminary, null when the competition's organiser holds it. */
            hostUnitName: string | null;
        };
        PublicCompetitionDetailResponse: {
            id: number;
            code: string;
            name: string;
            year: number;
            issuingBody: string | null;
            contests: components["schemas"]["PublicContestResponse"][];
        };
        PublicRankingRow: {
            contestId: number;
            trade: string;
            tradeCode: string;
            name: string;
            unit: string;
            /** @description Exact, with two decimals, as text (`"87.25"`); null when not ranked (absent, disqualified). */
            total: string | null;
            rank: number | null;
            /** @description Whether another contestant shares the rank. */
            tied: boolean;
            /** @description Out of competition: shown with a rank among everyone, but takes no title. */
            guest: boolean;
            /**
             * @description PRESENT, ABSENT or DISQUALIFIED: absent and disqualified contestants are listed without a rank.
             * @enum {string}
             */
            attendance: "ABSENT" | "DISQUALIFIED" | "PRESENT";
            /** @description CHAMPION, PACESETTER, EXPERT or EXCELLENT; null without a title. */
            title: string | null;
            /** @description The title's Chinese name (技术状元, …); null without a title. */
            titleName: string | null;
        };
        PublicRankingsResponse: {
            items: components["schemas"]["PublicRankingRow"][];
            /** @description Lines matching the query, over every page. */
            total: number;
            page: number;
            pageSize: number;
        };
        PublicUnitLineResponse: {
            /** @description How many titles of each kind, by title code (CHAMPION, PACESETTER, EXPERT, EXCELLENT); a title none of its contestants won is left out. */
            titles: {
                [key: string]: number;
            };
            unit: string;
            /** @description Its published lines (contestants, once per contest entered). */
            participants: number;
        };
        LookupDto: {
            name: string;
            idNumber: string;
        };
        PublicPartScoreResponse: {
            name: string;
            /** @description The part's score scaled to 100, with two decimals, as text. */
            score: string;
            /** @description Whether the part's pass mark was reached; null when the part has none. */
            passed: boolean | null;
        };
        PublicResultLookupResponse: {
            contestId: number;
            trade: string;
            tradeCode: string;
            name: string;
            unit: string;
            /** @description Exact, with two decimals, as text (`"87.25"`); null when not ranked (absent, disqualified). */
            total: string | null;
            rank: number | null;
            /** @description Whether another contestant shares the rank. */
            tied: boolean;
            /** @description Out of competition: shown with a rank among everyone, but takes no title. */
            guest: boolean;
            /**
             * @description PRESENT, ABSENT or DISQUALIFIED: absent and disqualified contestants are listed without a rank.
             * @enum {string}
             */
            attendance: "ABSENT" | "DISQUALIFIED" | "PRESENT";
            /** @description CHAMPION, PACESETTER, EXPERT or EXCELLENT; null without a title. */
            title: string | null;
            /** @description The title's Chinese name (技术状元, …); null without a title. */
            titleName: string | null;
            parts: components["schemas"]["PublicPartScoreResponse"][];
            /** @description Why the title was or was not given, in Chinese and in English. */
            titleDetail: string;
            titleDetailEn: string;
            /**
             * @description The contest's stage: PUBLISHED during 公示 (an objection may be lodged while the window is
             *     open), FINAL after it.
             * @enum {string}
             */
            contestStatus: "DRAFT" | "REGISTRATION" | "SCORING" | "REVIEW" | "PUBLISHED" | "FINAL";
            /** @description The end of the publication window, as an ISO 8601 instant; null when none was opened. */
            publicationEndsAt: string | null;
        };
        ObjectionDto: {
            name: string;
            idNumber: string;
            text: string;
        };
        ObjectionFiledResponse: {
            objectionId: number;
            /** @enum {string} */
            status: "OPEN" | "UPHELD" | "DISMISSED";
        };
        UnitQuotaDto: {
            unitId: number;
            /** @description Places (名额) of the unit and the units below it. */
            places: number;
        };
        AdvancementRuleDto: {
            /**
             * @description TOP_PERCENT: share of the official ranked field of all feeders (> 0, ≤ 100, 2 decimals); a
             *     number or its decimal text ("12.5"), answered as it was sent.
             */
            percent?: number | string;
            /** @description A published total below this never advances (default none); a number or its decimal text. */
            minTotal?: number | string;
            /** @enum {string} */
            mode: "TOP_N_PER_FEEDER" | "QUOTA_PER_UNIT" | "TOP_N_OVERALL" | "TOP_PERCENT";
            /** @description TOP_N_PER_FEEDER: places per feeder; TOP_N_OVERALL: places in all. */
            n?: number;
            /** @description QUOTA_PER_UNIT: each named unit's places. */
            quotas?: components["schemas"]["UnitQuotaDto"][];
            /**
             * @description QUOTA_PER_UNIT: unused places refilled from the best remaining (default) or left empty.
             * @enum {string}
             */
            pool?: "REFILL" | "NONE";
            /** @description Only entrants who passed every part advance (default false). */
            allPartsPassed?: boolean;
            /**
             * @description A full tie across the last place: all advance (default) or none.
             * @enum {string}
             */
            tiesAtCut?: "INCLUDE_ALL" | "EXCLUDE_ALL";
            /** @description ISO 8601 instant with a zone by which advancers confirm. */
            confirmBy?: string;
        };
        SetFeedersDto: {
            /** @description Earlier-round contests of the same competition and trade. */
            feederContestIds: number[];
            rule: components["schemas"]["AdvancementRuleDto"];
        };
        FeedersResponse: {
            feederContestIds: number[];
            rule: components["schemas"]["AdvancementRuleDto"];
        };
        SavedFeedersResponse: {
            feederContestIds: number[];
            rule: components["schemas"]["AdvancementRuleDto"] | null;
        };
        AdvancementUnitView: {
            id: number;
            name: string;
        };
        AdvancementLineView: {
            /** @enum {string} */
            kind: "FEEDER" | "UNIT" | "POOL" | "OVERALL";
            feederContestId?: number;
            unitId?: number;
        };
        AdvancementReasonView: {
            /** @enum {string} */
            code: "DECLINED" | "WITHIN_FEEDER_TOP_N" | "QUOTA_OF_UNIT" | "POOL_REFILL" | "WITHIN_TOP_N_OVERALL" | "WITHIN_TOP_PERCENT" | "RESERVE_OF_FEEDER" | "RESERVE_OF_UNIT" | "RESERVE_OF_POOL" | "RESERVE_OVERALL" | "TIE_AT_CUT_EXCLUDED" | "NOT_CONFIRMED_IN_TIME" | "GUEST" | "ABSENT" | "DISQUALIFIED" | "BELOW_MIN_TOTAL" | "PART_NOT_PASSED" | "NO_QUOTA_FOR_UNIT" | "ADVANCED_ELSEWHERE";
            /** @description ADVANCED_ELSEWHERE: the worker's entry that holds their place. */
            registrationId?: number;
            feederContestId?: number;
            unitId?: number;
            rank?: number;
            /** @description The entrant's place among those still in the line (a full tie shares a place). */
            place?: number;
            places?: number;
            n?: number;
            /** @description "10.00" */
            percent?: string;
            field?: number;
            tied?: number;
            tiedAtCut?: boolean;
            reserveNo?: number;
            poolReserveNo?: number | null;
            line?: components["schemas"]["AdvancementLineView"];
            /** @description DECLINED: in the decliner's words. */
            reason?: string;
            at?: string;
            afterDeadline?: boolean;
            confirmBy?: string;
            /** @description "58.50" */
            total?: string;
            minTotal?: string;
        };
        AdvancementEntryView: {
            /** @description The feeder's registration. */
            registrationId: number;
            name: string;
            unit: components["schemas"]["AdvancementUnitView"];
            feederContestId: number;
            /** @description As published, "88.50"; null when the feeder gave no total. */
            total: string | null;
            /** @description The feeder's official rank. */
            rank: number | null;
            /** @enum {string} */
            status: "ADVANCED" | "RESERVE" | "DECLINED" | "NOT_ELIGIBLE";
            /** @description RESERVE only: the place in the line's queue of reserves (递补顺序). */
            reserveNo?: number;
            /** @description An advancer who confirmed their place (已确认) by the deadline. */
            confirmed: boolean;
            reason: components["schemas"]["AdvancementReasonView"];
        };
        AdvancementStateView: {
            /** @enum {string} */
            status: "ADVANCED" | "RESERVE" | "DECLINED" | "NOT_ELIGIBLE";
            reserveNo: number | null;
            total: string | null;
            rank: number | null;
            confirmed: boolean;
            reason: components["schemas"]["AdvancementReasonView"];
        };
        AdvancementChangeView: {
            registrationId: number;
            name: string;
            feederContestId: number;
            /** @enum {string} */
            kind: "MOVED_IN" | "MOVED_OUT" | "STATUS_CHANGED" | "RESERVE_RENUMBERED" | "DETAILS_CHANGED";
            /** @description null: not on that version of the list. */
            before: components["schemas"]["AdvancementStateView"] | null;
            after: components["schemas"]["AdvancementStateView"] | null;
        };
        AdvancementResponse: {
            /** @description 1, 2, 3…: grows only when the list changes. */
            version: number;
            /** @description True while any feeder's results are only published, not final. */
            provisional: boolean;
            /** @description When this version was kept. */
            createdAt: string;
            /** @description In feeder order, then by the feeder's ranking. */
            entries: components["schemas"]["AdvancementEntryView"][];
            /** @description What changed since the version before (everyone on the list, for version 1). */
            changes: components["schemas"]["AdvancementChangeView"][];
        };
        CarriedTotalChangeView: {
            before: string | null;
            after: string | null;
        };
        FinalistChangeView: {
            /** @enum {string} */
            kind: "APPROVED" | "WITHDRAWN" | "CREATED" | "UPDATED";
            /** @description The final's registration. */
            registrationId: number;
            /** @description The feeder entry it advanced from. */
            feederRegistrationId: number | null;
            name: string;
            /** @description Present when the carried total changed (or was set, on creation). */
            carriedTotal?: components["schemas"]["CarriedTotalChangeView"];
        };
        AdvancementApplyResponse: {
            /** @description The version of the advancement list applied. */
            version: number;
            /** @description New registrations in the final, approved. */
            created: number;
            /** @description Registrations of the final approved again (withdrawn earlier, or entered by hand). */
            reapproved: number;
            /** @description Still approved, with another feeder entry, unit or carried total. */
            updated: number;
            unchanged: number;
            /** @description No longer advanced: withdrawn. */
            withdrawn: number;
            changes: components["schemas"]["FinalistChangeView"][];
        };
        DeclineAdvancementDto: {
            /** @description Why the advancer declines (弃权原因), in their or their coordinator's words; kept on the list. */
            reason: string;
        };
        PublicFeederView: {
            contestId: number;
            round: number;
            /** @description The unit hosting the preliminary; null when the competition's organiser holds it. */
            hostUnitName: string | null;
            tradeName: string;
        };
        PublicAdvancementResponse: {
            /** @description 1, 2, 3…: grows only when the list changes. */
            version: number;
            /** @description True while any feeder's results are only published, not final. */
            provisional: boolean;
            /** @description When this version was kept. */
            createdAt: string;
            /** @description In feeder order, then by the feeder's ranking. */
            entries: components["schemas"]["AdvancementEntryView"][];
            /** @description What changed since the version before (everyone on the list, for version 1). */
            changes: components["schemas"]["AdvancementChangeView"][];
            /** @description The final's feeders, saved order, then any the list still names. */
            feeders: components["schemas"]["PublicFeederView"][];
        };
        PathUnitView: {
            id: number;
            name: string;
        };
        PathResultView: {
            rank: number | null;
            /** @description "88.50"; null when no total was given (absent). */
            total: string | null;
            /** @description The title's key (CHAMPION, …) or null. */
            title: string | null;
        };
        PathAdvancementView: {
            /** @description The later round's contest. */
            contestId: number;
            round: number;
            roundName: string;
            /** @enum {string} */
            status: "ADVANCED" | "RESERVE" | "DECLINED" | "NOT_ELIGIBLE";
            reserveNo: number | null;
            /** @description True while a feeder's results are only published, not final. */
            provisional: boolean;
            reason: components["schemas"]["AdvancementReasonView"];
            /** @description The reason worded from its facts: "海州区初赛第3名，每个赛区前3名晋级". */
            reasonText: string;
            reasonTextEn: string;
            entry: {
                status: string;
            };
        };
        PathEntryView: {
            contestId: number;
            competition: {
                id: number;
                name: string;
            };
            trade: string;
            round: number;
            /** @description 初赛 / 复赛 / 决赛 */
            roundName: string;
            roundNameEn: string;
            hostUnit: components["schemas"]["PathUnitView"] | null;
            /** @description PENDING / APPROVED / REJECTED / WITHDRAWN */
            registrationStatus: string;
            /** @description The result once published, null before. */
            result: components["schemas"]["PathResultView"] | null;
            /** @description Null when no later round lists this entry. */
            advancement: components["schemas"]["PathAdvancementView"] | null;
        };
        WorkerPathResponse: {
            entries: components["schemas"]["PathEntryView"][];
        };
        GrantResponse: {
            unitId: number;
            unit: string;
            /** @description Granted, in yuan with 2 decimals: "12345.60". */
            amount: string;
            /** @description Used, as the unit reported it; null until reported. */
            used: string | null;
            report: string | null;
            updatedAt: string;
            /** @description Who made the last change (user id). */
            updatedBy: number | null;
        };
        GrantsResponse: {
            /** @description Sum of the amounts listed, "12345.60". */
            total: string;
            /** @description Sum of the used amounts reported, "0.00" when none. */
            used: string;
            grants: components["schemas"]["GrantResponse"][];
        };
        GrantInputDto: {
            unitId: number;
            /** @description In yuan, at most 2 decimals, 0 to 10,000,000.00: "12345.60" (or the JSON number 12345.6). */
            amount: string;
            /** @description In yuan, at most the amount; omitted: the stored one is kept; null: none reported. */
            used?: string | null;
            /** @description The unit's report of its use (up to 2,000 characters); omitted: the stored one is kept. */
            report?: string | null;
        };
        GrantReportDto: {
            /** @description In yuan, at most 2 decimals and at most the grant: "8000.00". */
            used: string;
            /** @description What the money was spent on (up to 2,000 characters). */
            report?: string | null;
        };
        GrantChangeResponse: {
            unitId: number;
            /** @enum {string} */
            kind: "SET" | "REMOVE" | "REPORT";
            amount: string | null;
            used: string | null;
            report: string | null;
            at: string;
            byUserId: number | null;
        };
        RoundContestsView: {
            round: number;
            /** @description Contests of this round (any stage). */
            contests: number;
            /** @description Of them, held: results published (公示) or final. */
            held: number;
        };
        HostContestsView: {
            /** @description The host unit (承办单位); null: run by the federation itself. */
            unitId: number | null;
            unit: string | null;
            contests: number;
            held: number;
        };
        ContestFiguresView: {
            total: number;
            held: number;
            byRound: components["schemas"]["RoundContestsView"][];
            byUnit: components["schemas"]["HostContestsView"][];
        };
        TitleCountView: {
            /** @description The title's key as the results give it (CHAMPION, PACESETTER…). */
            title: string;
            count: number;
        };
        RoundTitlesView: {
            round: number;
            total: number;
            byTitle: components["schemas"]["TitleCountView"][];
        };
        UnitTitlesView: {
            /** @description The entrant's unit as the results were published. */
            unitId: number;
            unit: string;
            total: number;
            byTitle: components["schemas"]["TitleCountView"][];
        };
        TitleFiguresView: {
            total: number;
            byRound: components["schemas"]["RoundTitlesView"][];
            byUnit: components["schemas"]["UnitTitlesView"][];
        };
        GrantFiguresView: {
            /** @description Granted, in yuan: "12345.60". */
            total: string;
            /** @description Reported as used, in yuan. */
            used: string;
            byUnit: components["schemas"]["GrantResponse"][];
        };
        FunnelRoundView: {
            round: number;
            contests: number;
            held: number;
            /** @description Active entries (pending or approved) in the round's contests. */
            entries: number;
            /** @description Ranked in the round's published results (no guests, absentees or disqualified). */
            ranked: number;
            /** @description Entries of a later round that came from this round's entries (晋级, once applied). */
            advanced: number;
            /** @description Titles in the round's published results. */
            titles: number;
        };
        FunnelTradeView: {
            tradeId: number;
            tradeName: string;
            rounds: components["schemas"]["FunnelRoundView"][];
        };
        StatisticsResponse: {
            /** @description Trades with at least one contest. */
            trades: number;
            /** @description Workers with an active entry in any round, each counted once. */
            participants: number;
            contests: components["schemas"]["ContestFiguresView"];
            titles: components["schemas"]["TitleFiguresView"];
            grants: components["schemas"]["GrantFiguresView"];
            funnel: components["schemas"]["FunnelTradeView"][];
        };
        IssueCertificatesDto: {
            /** @description Also a participation certificate (参赛证书) for every ranked contestant. */
            participation?: boolean;
        };
        IssueQueuedResponse: {
            jobId: string;
        };
        CertificateResponse: {
            /** @description Printed on the certificate, e.g. `FX2017-DZSW-0001`. */
            serial: string;
            /** @description The verification code (on the certificate and in its QR code). */
            code: string;
            /**
             * @description TITLE (荣誉证书) or PARTICIPATION (参赛证书).
             * @enum {string}
             */
            kind: "TITLE" | "PARTICIPATION";
            /** @description The title's code (CHAMPION, …); null for a participation certificate. */
            title: string | null;
            /** @description The title's Chinese name (技术状元, …); null for a participation certificate. */
            titleName: string | null;
            registrationId: number;
            name: string;
            unit: string;
            /**
             * @description REVOKED once a correction replaced it.
             * @enum {string}
             */
            status: "ISSUED" | "REVOKED";
            /** @description The date printed on it (YYYY-MM-DD). */
            issuedOn: string;
            revokedAt: string | null;
            /** @description The id of the certificate that replaced it, if any. */
            replacedBy: number | null;
        };
        VerificationResponse: {
            /** @description True while the certificate stands (ISSUED); false once revoked. */
            valid: boolean;
            /** @enum {string} */
            status: "ISSUED" | "REVOKED";
            serial: string;
            name: string;
            unit: string;
            trade: string;
            /** @description The title's Chinese name (技术状元, …); null for a participation certificate. */
            title: string | null;
            competition: string;
            /** @description The date printed on it (YYYY-MM-DD). */
            issuedAt: string;
            /** @description Only when revoked: the serial of the certificate that replaced it, or null if none did. */
            replacedBy?: string | null;
        };
        CertificateLookupResponse: {
            serial: string;
            code: string;
            trade: string;
            /** @description The title's Chinese name (技术状元, …); null for a participation certificate. */
            title: string | null;
            /** @description Where to download it: `/api/public/certificates/<code>/pdf`. */
            pdf: string;
        };
        UnitCertificateResponse: {
            serial: string;
            /** @enum {string} */
            kind: "TITLE" | "PARTICIPATION";
            code: string;
        };
        UnitResultLineResponse: {
            contestId: number;
            tradeName: string;
            name: string;
            unitName: string;
            rank: number | null;
            /** @description Whether another contestant shares the rank. */
            tied: boolean;
            /** @description Out of competition: shown with a rank, but takes no title. */
            guest: boolean;
            /**
             * @description PRESENT, ABSENT or DISQUALIFIED.
             * @enum {string}
             */
            attendance: "ABSENT" | "DISQUALIFIED" | "PRESENT";
            /** @description Exact, with two decimals, as text; null when not ranked. */
            total: string | null;
            /** @description The title's code (CHAMPION, …); null without a title. */
            title: string | null;
            /** @description Why the title was or was not given (Chinese). */
            titleDetail: string;
            certificates: components["schemas"]["UnitCertificateResponse"][];
        };
        OptimizeQueuedResponse: {
            jobId: string;
        };
        UnitParticipation: {
            unitId: number;
            unitCode: string;
            unitName: string;
            /** @description Pending and approved entries (rejected and withdrawn ones are left out). */
            registrations: number;
            approved: number;
        };
        ContestDashboard: {
            contestId: number;
            tradeCode: string;
            tradeName: string;
            /** @enum {string} */
            status: "DRAFT" | "REGISTRATION" | "SCORING" | "REVIEW" | "PUBLISHED" | "FINAL";
            /** @description Pending and approved entries. */
            registrations: number;
            approved: number;
            /** @description Approved entries with a blind code from the draw. */
            drawn: number;
            /** @description Judges' score rows entered, and how many of them a chief judge has confirmed. */
            scoresEntered: number;
            scoresConfirmed: number;
            results: {
                runId: number;
                published: boolean;
                distribution: number[];
            };
        };
        DashboardResponse: {
            competitionId: number;
            byUnit: components["schemas"]["UnitParticipation"][];
            contests: components["schemas"]["ContestDashboard"][];
        };
        AnonymisationResponse: {
            id: number;
            competitionId: number;
            /** @description When it was done, and by whom (an organizer's user id). */
            at: string;
            actorId: number;
            /** @description The competition's last publication of results; the retention period counted from it. */
            publishedAt: string;
            retentionDays: number;
            /** @description Workers whose ID numbers and phones were erased now (0 when repeated). */
            workersAnonymised: number;
            /** @description Workers left as they were: entered in a competition still within its retention period. */
            workersKept: number;
        };
        RejectedQuestionRowResponse: {
            /**
             * @description code, type, stem, optionA…optionH, answer, area or difficulty.
             * @enum {string}
             */
            field: "code" | "type" | "area" | "stem" | "answer" | "difficulty" | "explanation" | "optionD" | "optionH" | "optionF" | "optionA" | "optionB" | "optionC" | "optionE" | "optionG";
            /**
             * @description QUESTION_CODE_REQUIRED, QUESTION_ANSWER_INVALID, … (docs/exams.md).
             * @enum {string}
             */
            code: "QUESTION_ANSWER_INVALID" | "QUESTION_AREA_REQUIRED" | "QUESTION_CODE_DUPLICATE" | "QUESTION_CODE_REQUIRED" | "QUESTION_CODE_TOO_LONG" | "QUESTION_DIFFICULTY_INVALID" | "QUESTION_OPTIONS_INVALID" | "QUESTION_STEM_REQUIRED" | "QUESTION_STEM_TOO_LONG" | "QUESTION_TYPE_INVALID";
            /** @description Its row number in the spreadsheet (or line of the .csv). */
            row: number;
            message: string;
            messageZh: string;
        };
        QuestionImportResponse: {
            created: number;
            updated: number;
            unchanged: number;
            /** @description Every problem of every refused row, in file order; those rows changed nothing. */
            rejected: components["schemas"]["RejectedQuestionRowResponse"][];
        };
        QuestionOptionResponse: {
            /** @description A to H. */
            key: string;
            text: string;
        };
        QuestionResponse: {
            /** @enum {string} */
            type: "SINGLE" | "MULTIPLE" | "TRUE_FALSE" | "BLANK";
            /** @description SINGLE: the key ("B"); MULTIPLE: the keys in order (["A","C"]); TRUE_FALSE: true or false; BLANK: the accepted answers. */
            answer: string | string[] | boolean;
            /** @enum {string} */
            status: "ACTIVE" | "RETIRED";
            id: number;
            tradeId: number;
            code: string;
            /** @description 1 at first; a change to a question some sat paper holds makes the next one. */
            version: number;
            stem: string;
            /** @description In key order; empty for true/false and fill-in-the-blank questions. */
            options: components["schemas"]["QuestionOptionResponse"][];
            area: string;
            /** @description 1 (easiest) to 5. */
            difficulty: number;
            explanation: string | null;
            /** @description Some sat paper holds this version. */
            usedInPaper: boolean;
            createdAt: string;
            updatedAt: string;
        };
        SetQuestionStatusDto: {
            /**
             * @description RETIRED takes every version of the code out of new papers; ACTIVE brings it back.
             * @enum {string}
             */
            status: "ACTIVE" | "RETIRED";
        };
        ErrorResponse: {
            /**
             * @description The HTTP status, repeated in the body.
             * @example 404
             */
            statusCode: number;
            /**
             * @description A stable code that pages translate and scripts key on.
             * @example CONTEST_NOT_FOUND
             */
            code: components["schemas"]["ErrorCode"];
            /**
             * @description What went wrong and what to do, in English (the pages show their own words for the code).
             * @example Contest 7 does not exist
             */
            message: string;
            /** @description Facts that vary from code to code: a rule's issues, a refused batch's entries, a wait. */
            details?: {
                [key: string]: unknown;
            };
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    JobsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                jobId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobResponse"];
                };
            };
            /** @description The request is malformed or breaks a rule of its own content (VALIDATION_FAILED, INVALID_ID, a rule’s code, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid session (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role or units do not allow this (FORBIDDEN or a more precise code) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description What the path names does not exist, or is not the caller’s to see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected fault (INTERNAL_ERROR); the cause is logged, never answered */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency is down (QUEUE_UNAVAILABLE, DATABASE_BUSY, SERVICE_UNAVAILABLE); retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    HealthController_check: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthResponse"];
                };
            };
            /** @description An unexpected fault (INTERNAL_ERROR); the cause is logged, never answered */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency is down (QUEUE_UNAVAILABLE, DATABASE_BUSY, SERVICE_UNAVAILABLE); retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    PingController_ping: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PingResponse"];
                };
            };
            /** @description An unexpected fault (INTERNAL_ERROR); the cause is logged, never answered */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency is down (QUEUE_UNAVAILABLE, DATABASE_BUSY, SERVICE_UNAVAILABLE); retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    UsersController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponse"][];
                };
            };
            /** @description No valid session (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role or units do not allow this (FORBIDDEN or a more precise code) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected fault (INTERNAL_ERROR); the cause is logged, never answered */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency is down (QUEUE_UNAVAILABLE, DATABASE_BUSY, SERVICE_UNAVAILABLE); retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    UsersController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateUserDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponse"];
                };
            };
            /** @description The request is malformed or breaks a rule of its own content (VALIDATION_FAILED, INVALID_ID, a rule’s code, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid session (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role or units do not allow this (FORBIDDEN or a more precise code) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Clashes with the current state: a duplicate, a wrong step of the lifecycle, a stale write */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body or upload is over its limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body or upload is of a type this route does not read */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected fault (INTERNAL_ERROR); the cause is logged, never answered */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency is down (QUEUE_UNAVAILABLE, DATABASE_BUSY, SERVICE_UNAVAILABLE); retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    UsersController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponse"];
                };
            };
            /** @description The request is malformed or breaks a rule of its own content (VALIDATION_FAILED, INVALID_ID, a rule’s code, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid session (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role or units do not allow this (FORBIDDEN or a more precise code) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description What the path names does not exist, or is not the caller’s to see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected fault (INTERNAL_ERROR); the cause is logged, never answered */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency is down (QUEUE_UNAVAILABLE, DATABASE_BUSY, SERVICE_UNAVAILABLE); retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    UsersController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateUserDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponse"];
                };
            };
            /** @description The request is malformed or breaks a rule of its own content (VALIDATION_FAILED, INVALID_ID, a rule’s code, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid session (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role or units do not allow this (FORBIDDEN or a more precise code) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description What the path names does not exist, or is not the caller’s to see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Clashes with the current state: a duplicate, a wrong step of the lifecycle, a stale write */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body or upload is over its limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body or upload is of a type this route does not read */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected fault (INTERNAL_ERROR); the cause is logged, never answered */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency is down (QUEUE_UNAVAILABLE, DATABASE_BUSY, SERVICE_UNAVAILABLE); retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    UsersController_resetPassword: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResetPasswordDto"];
            };
        };
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or breaks a rule of its own content (VALIDATION_FAILED, INVALID_ID, a rule’s code, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid session (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role or units do not allow this (FORBIDDEN or a more precise code) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description What the path names does not exist, or is not the caller’s to see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Clashes with the current state: a duplicate, a wrong step of the lifecycle, a stale write */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body or upload is over its limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body or upload is of a type this route does not read */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected fault (INTERNAL_ERROR); the cause is logged, never answered */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency is down (QUEUE_UNAVAILABLE, DATABASE_BUSY, SERVICE_UNAVAILABLE); retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AuthController_login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoginResponse"];
                };
            };
            /** @description The request is malformed or breaks a rule of its own content (VALIDATION_FAILED, INVALID_ID, a rule’s code, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body or upload is over its limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body or upload is of a type this route does not read */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests from this address or account; `details.retryAfterSeconds` and Retry-After say how long to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected fault (INTERNAL_ERROR); the cause is logged, never answered */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency is down (QUEUE_UNAVAILABLE, DATABASE_BUSY, SERVICE_UNAVAILABLE); retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AuthController_logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or breaks a rule of its own content (VALIDATION_FAILED, INVALID_ID, a rule’s code, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid session (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role or units do not allow this (FORBIDDEN or a more precise code) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Clashes with the current state: a duplicate, a wrong step of the lifecycle, a stale write */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body or upload is over its limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body or upload is of a type this route does not read */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected fault (INTERNAL_ERROR); the cause is logged, never answered */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency is down (QUEUE_UNAVAILABLE, DATABASE_BUSY, SERVICE_UNAVAILABLE); retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AuthController_changePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangePasswordDto"];
            };
        };
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or breaks a rule of its own content (VALIDATION_FAILED, INVALID_ID, a rule’s code, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid session (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role or units do not allow this (FORBIDDEN or a more precise code) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Clashes with the current state: a duplicate, a wrong step of the lifecycle, a stale write */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body or upload is over its limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body or upload is of a type this route does not read */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected fault (INTERNAL_ERROR); the cause is logged, never answered */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency is down (QUEUE_UNAVAILABLE, DATABASE_BUSY, SERVICE_UNAVAILABLE); retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AuthController_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeResponse"];
                };
            };
            /** @description No valid session (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role or units do not allow this (FORBIDDEN or a more precise code) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected fault (INTERNAL_ERROR); the cause is logged, never answered */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency is down (QUEUE_UNAVAILABLE, DATABASE_BUSY, SERVICE_UNAVAILABLE); retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    UnitsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitResponse"][];
                };
            };
            /** @description No valid session (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role or units do not allow this (FORBIDDEN or a more precise code) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected fault (INTERNAL_ERROR); the cause is logged, never answered */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency is down (QUEUE_UNAVAILABLE, DATABASE_BUSY, SERVICE_UNAVAILABLE); retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    UnitsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateUnitDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitResponse"];
                };
            };
            /** @description The request is malformed or breaks a rule of its own content (VALIDATION_FAILED, INVALID_ID, a rule’s code, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid session (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role or units do not allow this (FORBIDDEN or a more precise code) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Clashes with the current state: a duplicate, a wrong step of the lifecycle, a stale write */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body or upload is over its limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body or upload is of a type this route does not read */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected fault (INTERNAL_ERROR); the cause is logged, never answered */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency is down (QUEUE_UNAVAILABLE, DATABASE_BUSY, SERVICE_UNAVAILABLE); retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    UnitsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitResponse"];
                };
            };
            /** @description The request is malformed or breaks a rule of its own content (VALIDATION_FAILED, INVALID_ID, a rule’s code, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid session (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role or units do not allow this (FORBIDDEN or a more precise code) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description What the path names does not exist, or is not the caller’s to see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected fault (INTERNAL_ERROR); the cause is logged, never answered */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency is down (QUEUE_UNAVAILABLE, DATABASE_BUSY, SERVICE_UNAVAILABLE); retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    UnitsController_subtree: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitResponse"][];
                };
            };
            /** @description The request is malformed or breaks a rule of its own content (VALIDATION_FAILED, INVALID_ID, a rule’s code, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid session (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role or units do not allow this (FORBIDDEN or a more precise code) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description What the path names does not exist, or is not the caller’s to see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected fault (INTERNAL_ERROR); the cause is logged, never answered */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency is down (QUEUE_UNAVAILABLE, DATABASE_BUSY, SERVICE_UNAVAILABLE); retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    TradesController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TradeResponse"][];
                };
            };
            /** @description No valid session (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role or units do not allow this (FORBIDDEN or a more precise code) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected fault (INTERNAL_ERROR); the cause is logged, never answered */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency is down (QUEUE_UNAVAILABLE, DATABASE_BUSY, SERVICE_UNAVAILABLE); retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    TradesController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTradeDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TradeResponse"];
                };
            };
            /** @description The request is malformed or breaks a rule of its own content (VALIDATION_FAILED, INVALID_ID, a rule’s code, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid session (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role or units do not allow this (FORBIDDEN or a more precise code) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Clashes with the current state: a duplicate, a wrong step of the lifecycle, a stale write */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body or upload is over its limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body or upload is of a type this route does not read */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected fault (INTERNAL_ERROR); the cause is logged, never answered */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency is down (QUEUE_UNAVAILABLE, DATABASE_BUSY, SERVICE_UNAVAILABLE); retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    CompetitionsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CompetitionResponse"][];
                };
            };
            /** @description No valid session (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role or units do not allow this (FORBIDDEN or a more precise code) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected fault (INTERNAL_ERROR); the cause is logged, never answered */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency is down (QUEUE_UNAVAILABLE, DATABASE_BUSY, SERVICE_UNAVAILABLE); retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    CompetitionsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCompetitionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CompetitionResponse"];
                };
            };
            /** @description The request is malformed or breaks a rule of its own content (VALIDATION_FAILED, INVALID_ID, a rule’s code, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid session (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role or units do not allow this (FORBIDDEN or a more precise code) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Clashes with the current state: a duplicate, a wrong step of the lifecycle, a stale write */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body or upload is over its limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body or upload is of a type this route does not read */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected fault (INTERNAL_ERROR); the cause is logged, never answered */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency is down (QUEUE_UNAVAILABLE, DATABASE_BUSY, SERVICE_UNAVAILABLE); retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    CompetitionsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CompetitionResponse"];
                };
            };
            /** @description The request is malformed or breaks a rule of its own content (VALIDATION_FAILED, INVALID_ID, a rule’s code, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid session (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role or units do not allow this (FORBIDDEN or a more precise code) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description What the path names does not exist, or is not the caller’s to see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected fault (INTERNAL_ERROR); the cause is logged, never answered */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency is down (QUEUE_UNAVAILABLE, DATABASE_BUSY, SERVICE_UNAVAILABLE); retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ContestsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContestResponse"][];
                };
            };
            /** @description The request is malformed or breaks a rule of its own content (VALIDATION_FAILED, INVALID_ID, a rule’s code, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid session (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role or units do not allow this (FORBIDDEN or a more precise code) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description What the path names does not exist, or is not the caller’s to see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected fault (INTERNAL_ERROR); the cause is logged, never answered */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency is down (QUEUE_UNAVAILABLE, DATABASE_BUSY, SERVICE_UNAVAILABLE); retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ContestsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateContestDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContestResponse"];
                };
            };
            /** @description The request is malformed or breaks a rule of its own content (VALIDATION_FAILED, INVALID_ID, a rule’s code, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid session (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role or units do not allow this (FORBIDDEN or a more precise code) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description What the path names does not exist, or is not the caller’s to see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Clashes with the current state: a duplicate, a wrong step of the lifecycle, a stale write */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body or upload is over its limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body or upload is of a type this route does not read */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected fault (INTERNAL_ERROR); the cause is logged, never answered */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency is down (QUEUE_UNAVAILABLE, DATABASE_BUSY, SERVICE_UNAVAILABLE); retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ContestsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContestResponse"];
                };
            };
            /** @description The request is malformed or breaks a rule of its own content (VALIDATION_FAILED, INVALID_ID, a rule’s code, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid session (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role or units do not allow this (FORBIDDEN or a more precise code) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description What the path names does not exist, or is not the caller’s to see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected fault (INTERNAL_ERROR); the cause is logged, never answered */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency is down (QUEUE_UNAVAILABLE, DATABASE_BUSY, SERVICE_UNAVAILABLE); retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ContestsController_update: {
        parameters: {
            query?: never;
            header?: {
                /** @description The version that was read, e.g. "3" */
                "if-match"?: string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateContestDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContestResponse"];
                };
            };
            /** @description The request is malformed or breaks a rule of its own content (VALIDATION_FAILED, INVALID_ID, a rule’s code, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid session (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role or units do not allow this (FORBIDDEN or a more precise code) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description What the path names does not exist, or is not the caller’s to see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Clashes with the current state: a duplicate, a wrong step of the lifecycle, a stale write */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body or upload is over its limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body or upload is of a type this route does not read */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected fault (INTERNAL_ERROR); the cause is logged, never answered */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency is down (QUEUE_UNAVAILABLE, DATABASE_BUSY, SERVICE_UNAVAILABLE); retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    RegistrationsController_list: {
        parameters: {
            query?: {
                status?: "PENDING" | "APPROVED" | "REJECTED" | "WITHDRAWN";
                /** @description This unit and the units below it. */
                unitId?: number;
                /** @description Part of a name, or the last 4+ characters of an ID number. */
                q?: string;
                /** @description 1-based; without it every matching row is returned. */
                page?: number;
                pageSize?: number;
                /** @description `station` lists by station number (after the draw). */
                sort?: "id" | "station";
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegistrationResponse"][];
                };
            };
            /** @description The request is malformed or breaks a rule of its own content (VALIDATION_FAILED, INVALID_ID, a rule’s code, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid session (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role or units do not allow this (FORBIDDEN or a more precise code) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description What the path names does not exist, or is not the caller’s to see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected fault (INTERNAL_ERROR); the cause is logged, never answered */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency is down (QUEUE_UNAVAILABLE, DATABASE_BUSY, SERVICE_UNAVAILABLE); retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    RegistrationsController_register: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateRegistrationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegistrationResponse"];
                };
            };
            /** @description The request is malformed or breaks a rule of its own content (VALIDATION_FAILED, INVALID_ID, a rule’s code, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid session (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role or units do not allow this (FORBIDDEN or a more precise code) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description What the path names does not exist, or is not the caller’s to see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Clashes with the current state: a duplicate, a wrong step of the lifecycle, a stale write */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body or upload is over its limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body or upload is of a type this route does not read */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected fault (INTERNAL_ERROR); the cause is logged, never answered */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency is down (QUEUE_UNAVAILABLE, DATABASE_BUSY, SERVICE_UNAVAILABLE); retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    RegistrationsController_export: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 报名汇总-<contest>.xlsx: one row per registration. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": Blob;
                };
            };
            /** @description The request is malformed or breaks a rule of its own content (VALIDATION_FAILED, INVALID_ID, a rule’s code, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid session (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role or units do not allow this (FORBIDDEN or a more precise code) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description What the path names does not exist, or is not the caller’s to see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected fault (INTERNAL_ERROR); the cause is logged, never answered */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency is down (QUEUE_UNAVAILABLE, DATABASE_BUSY, SERVICE_UNAVAILABLE); retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    RegistrationsController_decideMany: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulkDecisionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DecisionsResponse"];
                };
            };
            /** @description The request is malformed or breaks a rule of its own content (VALIDATION_FAILED, INVALID_ID, a rule’s code, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid session (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role or units do not allow this (FORBIDDEN or a more precise code) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description What the path names does not exist, or is not the caller’s to see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Clashes with the current state: a duplicate, a wrong step of the lifecycle, a stale write */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body or upload is over its limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body or upload is of a type this route does not read */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected fault (INTERNAL_ERROR); the cause is logged, never answered */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency is down (QUEUE_UNAVAILABLE, DATABASE_BUSY, SERVICE_UNAVAILABLE); retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    RegistrationsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegistrationResponse"];
                };
            };
            /** @description The request is malformed or breaks a rule of its own content (VALIDATION_FAILED, INVALID_ID, a rule’s code, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid session (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role or units do not allow this (FORBIDDEN or a more precise code) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description What the path names does not exist, or is not the caller’s to see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected fault (INTERNAL_ERROR); the cause is logged, never answered */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency is down (QUEUE_UNAVAILABLE, DATABASE_BUSY, SERVICE_UNAVAILABLE); retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    RegistrationsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateRegistrationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegistrationResponse"];
                };
            };
            /** @description The request is malformed or breaks a rule of its own content (VALIDATION_FAILED, INVALID_ID, a rule’s code, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid session (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role or units do not allow this (FORBIDDEN or a more precise code) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description What the path names does not exist, or is not the caller’s to see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Clashes with the current state: a duplicate, a wrong step of the lifecycle, a stale write */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body or upload is over its limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body or upload is of a type this route does not read */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected fault (INTERNAL_ERROR); the cause is logged, never answered */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency is down (QUEUE_UNAVAILABLE, DATABASE_BUSY, SERVICE_UNAVAILABLE); retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    RegistrationsController_sheet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DrawSheetResponse"];
                };
            };
            /** @description The request is malformed or breaks a rule of its own content (VALIDATION_FAILED, INVALID_ID, a rule’s code, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid session (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role or units do not allow this (FORBIDDEN or a more precise code) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description What the path names does not exist, or is not the caller’s to see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected fault (INTERNAL_ERROR); the cause is logged, never answered */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency is down (QUEUE_UNAVAILABLE, DATABASE_BUSY, SERVICE_UNAVAILABLE); retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    RegistrationsController_draw: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DrawDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DrawSummaryResponse"];
                };
            };
            /** @description The request is malformed or breaks a rule of its own content (VALIDATION_FAILED, INVALID_ID, a rule’s code, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid session (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role or units do not allow this (FORBIDDEN or a more precise code) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description What the path names does not exist, or is not the caller’s to see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Clashes with the current state: a duplicate, a wrong step of the lifecycle, a stale write */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body or upload is over its limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body or upload is of a type this route does not read */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected fault (INTERNAL_ERROR); the cause is logged, never answered */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency is down (QUEUE_UNAVAILABLE, DATABASE_BUSY, SERVICE_UNAVAILABLE); retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    RosterImportController_import: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file?: Blob;
                };
            };
        };
        responses: {
            /** @description A small file, imported at once. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportResultResponse"];
                };
            };
            /** @description A large file, queued. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueuedImportResponse"];
                };
            };
            /** @description The request is malformed or breaks a rule of its own content (VALIDATION_FAILED, INVALID_ID, a rule’s code, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid session (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role or units do not allow this (FORBIDDEN or a more precise code) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description What the path names does not exist, or is not the caller’s to see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Clashes with the current state: a duplicate, a wrong step of the lifecycle, a stale write */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body or upload is over its limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body or upload is of a type this route does not read */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests from this address or account; `details.retryAfterSeconds` and Retry-After say how long to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected fault (INTERNAL_ERROR); the cause is logged, never answered */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency is down (QUEUE_UNAVAILABLE, DATABASE_BUSY, SERVICE_UNAVAILABLE); retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    RosterImportController_status: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
                importId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportStatusResponse"];
                };
            };
            /** @description The request is malformed or breaks a rule of its own content (VALIDATION_FAILED, INVALID_ID, a rule’s code, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid session (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role or units do not allow this (FORBIDDEN or a more precise code) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description What the path names does not exist, or is not the caller’s to see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected fault (INTERNAL_ERROR); the cause is logged, never answered */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency is down (QUEUE_UNAVAILABLE, DATABASE_BUSY, SERVICE_UNAVAILABLE); retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    RosterImportController_template: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 报名表模板-<contest>.xlsx: the roster columns, instructions and units. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": Blob;
                };
            };
            /** @description The request is malformed or breaks a rule of its own content (VALIDATION_FAILED, INVALID_ID, a rule’s code, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid session (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role or units do not allow this (FORBIDDEN or a more precise code) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description What the path names does not exist, or is not the caller’s to see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected fault (INTERNAL_ERROR); the cause is logged, never answered */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency is down (QUEUE_UNAVAILABLE, DATABASE_BUSY, SERVICE_UNAVAILABLE); retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    SelfRegistrationController_options: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SelfRegistrationOptionsResponse"];
                };
            };
            /** @description The request is malformed or breaks a rule of its own content (VALIDATION_FAILED, INVALID_ID, a rule’s code, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description What the path names does not exist, or is not the caller’s to see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected fault (INTERNAL_ERROR); the cause is logged, never answered */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency is down (QUEUE_UNAVAILABLE, DATABASE_BUSY, SERVICE_UNAVAILABLE); retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    SelfRegistrationController_register: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SelfRegistrationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SelfRegistrationResponse"];
                };
            };
            /** @description The request is malformed or breaks a rule of its own content (VALIDATION_FAILED, INVALID_ID, a rule’s code, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description What the path names does not exist, or is not the caller’s to see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body or upload is over its limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body or upload is of a type this route does not read */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests from this address or account; `details.retryAfterSeconds` and Retry-After say how long to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected fault (INTERNAL_ERROR); the cause is logged, never answered */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency is down (QUEUE_UNAVAILABLE, DATABASE_BUSY, SERVICE_UNAVAILABLE); retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    JudgingController_listJudges: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JudgeResponse"][];
                };
            };
            /** @description The request is malformed or breaks a rule of its own content (VALIDATION_FAILED, INVALID_ID, a rule’s code, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid session (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role or units do not allow this (FORBIDDEN or a more precise code) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description What the path names does not exist, or is not the caller’s to see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected fault (INTERNAL_ERROR); the cause is logged, never answered */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency is down (QUEUE_UNAVAILABLE, DATABASE_BUSY, SERVICE_UNAVAILABLE); retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    JudgingController_assign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssignJudgeDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JudgeResponse"];
                };
            };
            /** @description The request is malformed or breaks a rule of its own content (VALIDATION_FAILED, INVALID_ID, a rule’s code, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid session (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role or units do not allow this (FORBIDDEN or a more precise code) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description What the path names does not exist, or is not the caller’s to see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Clashes with the current state: a duplicate, a wrong step of the lifecycle, a stale write */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body or upload is over its limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body or upload is of a type this route does not read */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected fault (INTERNAL_ERROR); the cause is logged, never answered */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency is down (QUEUE_UNAVAILABLE, DATABASE_BUSY, SERVICE_UNAVAILABLE); retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    JudgingController_removeJudge: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
                userId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or breaks a rule of its own content (VALIDATION_FAILED, INVALID_ID, a rule’s code, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid session (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role or units do not allow this (FORBIDDEN or a more precise code) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description What the path names does not exist, or is not the caller’s to see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Clashes with the current state: a duplicate, a wrong step of the lifecycle, a stale write */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body or upload is over its limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body or upload is of a type this route does not read */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected fault (INTERNAL_ERROR); the cause is logged, never answered */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency is down (QUEUE_UNAVAILABLE, DATABASE_BUSY, SERVICE_UNAVAILABLE); retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    JudgingController_declareConflict: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeclareConflictDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConflictDeclaredResponse"];
                };
            };
            /** @description The request is malformed or breaks a rule of its own content (VALIDATION_FAILED, INVALID_ID, a rule’s code, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid session (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role or units do not allow this (FORBIDDEN or a more precise code) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description What the path names does not exist, or is not the caller’s to see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Clashes with the current state: a duplicate, a wrong step of the lifecycle, a stale write */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body or upload is over its limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body or upload is of a type this route does not read */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected fault (INTERNAL_ERROR); the cause is logged, never answered */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency is down (QUEUE_UNAVAILABLE, DATABASE_BUSY, SERVICE_UNAVAILABLE); retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    JudgingController_sheet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScoreSheetResponse"];
                };
            };
            /** @description The request is malformed or breaks a rule of its own content (VALIDATION_FAILED, INVALID_ID, a rule’s code, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid session (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role or units do not allow this (FORBIDDEN or a more precise code) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description What the path names does not exist, or is not the caller’s to see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected fault (INTERNAL_ERROR); the cause is logged, never answered */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency is down (QUEUE_UNAVAILABLE, DATABASE_BUSY, SERVICE_UNAVAILABLE); retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    JudgingController_submit: {
        parameters: {
            query?: never;
            header?: {
                /** @description For a batch of one entry: the version that was read, e.g. "2" */
                "if-match"?: string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmitScoresDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScoresSavedResponse"];
                };
            };
            /** @description The request is malformed or breaks a rule of its own content (VALIDATION_FAILED, INVALID_ID, a rule’s code, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid session (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role or units do not allow this (FORBIDDEN or a more precise code) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description What the path names does not exist, or is not the caller’s to see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Clashes with the current state: a duplicate, a wrong step of the lifecycle, a stale write */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body or upload is over its limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body or upload is of a type this route does not read */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected fault (INTERNAL_ERROR); the cause is logged, never answered */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency is down (QUEUE_UNAVAILABLE, DATABASE_BUSY, SERVICE_UNAVAILABLE); retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    JudgingController_importScores: {
        parameters: {
            query?: {
                /** @description The criterion the file scores; default: the contest's only theory criterion. */
                criterionKey?: string;
                /** @description Whose scores these are; default: the caller, or the criterion's only judge. */
                judgeId?: number;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file?: Blob;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScoreImportResultResponse"];
                };
            };
            /** @description The request is malformed or breaks a rule of its own content (VALIDATION_FAILED, INVALID_ID, a rule’s code, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid session (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role or units do not allow this (FORBIDDEN or a more precise code) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description What the path names does not exist, or is not the caller’s to see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Clashes with the current state: a duplicate, a wrong step of the lifecycle, a stale write */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body or upload is over its limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body or upload is of a type this route does not read */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests from this address or account; `details.retryAfterSeconds` and Retry-After say how long to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected fault (INTERNAL_ERROR); the cause is logged, never answered */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency is down (QUEUE_UNAVAILABLE, DATABASE_BUSY, SERVICE_UNAVAILABLE); retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    JudgingController_times: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmitTimesDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SavedCountResponse"];
                };
            };
            /** @description The request is malformed or breaks a rule of its own content (VALIDATION_FAILED, INVALID_ID, a rule’s code, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid session (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role or units do not allow this (FORBIDDEN or a more precise code) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description What the path names does not exist, or is not the caller’s to see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Clashes with the current state: a duplicate, a wrong step of the lifecycle, a stale write */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body or upload is over its limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body or upload is of a type this route does not read */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected fault (INTERNAL_ERROR); the cause is logged, never answered */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency is down (QUEUE_UNAVAILABLE, DATABASE_BUSY, SERVICE_UNAVAILABLE); retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    JudgingController_attendance: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmitAttendanceDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SavedCountResponse"];
                };
            };
            /** @description The request is malformed or breaks a rule of its own content (VALIDATION_FAILED, INVALID_ID, a rule’s code, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid session (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role or units do not allow this (FORBIDDEN or a more precise code) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description What the path names does not exist, or is not the caller’s to see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Clashes with the current state: a duplicate, a wrong step of the lifecycle, a stale write */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body or upload is over its limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body or upload is of a type this route does not read */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected fault (INTERNAL_ERROR); the cause is logged, never answered */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency is down (QUEUE_UNAVAILABLE, DATABASE_BUSY, SERVICE_UNAVAILABLE); retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    JudgingController_status: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScoreStatusResponse"];
                };
            };
            /** @description The request is malformed or breaks a rule of its own content (VALIDATION_FAILED, INVALID_ID, a rule’s code, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid session (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role or units do not allow this (FORBIDDEN or a more precise code) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description What the path names does not exist, or is not the caller’s to see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected fault (INTERNAL_ERROR); the cause is logged, never answered */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency is down (QUEUE_UNAVAILABLE, DATABASE_BUSY, SERVICE_UNAVAILABLE); retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    JudgingController_group: {
        parameters: {
            query: {
                code: string;
                criterionKey: string;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScoreGroupResponse"];
                };
            };
            /** @description The request is malformed or breaks a rule of its own content (VALIDATION_FAILED, INVALID_ID, a rule’s code, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid session (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role or units do not allow this (FORBIDDEN or a more precise code) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description What the path names does not exist, or is not the caller’s to see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected fault (INTERNAL_ERROR); the cause is logged, never answered */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency is down (QUEUE_UNAVAILABLE, DATABASE_BUSY, SERVICE_UNAVAILABLE); retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    JudgingController_confirm: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConfirmScoresDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConfirmReportResponse"];
                };
            };
            /** @description The request is malformed or breaks a rule of its own content (VALIDATION_FAILED, INVALID_ID, a rule’s code, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid session (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role or units do not allow this (FORBIDDEN or a more precise code) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description What the path names does not exist, or is not the caller’s to see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Clashes with the current state: a duplicate, a wrong step of the lifecycle, a stale write */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body or upload is over its limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body or upload is of a type this route does not read */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected fault (INTERNAL_ERROR); the cause is logged, never answered */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency is down (QUEUE_UNAVAILABLE, DATABASE_BUSY, SERVICE_UNAVAILABLE); retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    JudgingController_close: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CloseReportResponse"];
                };
            };
            /** @description The request is malformed or breaks a rule of its own content (VALIDATION_FAILED, INVALID_ID, a rule’s code, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid session (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role or units do not allow this (FORBIDDEN or a more precise code) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description What the path names does not exist, or is not the caller’s to see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Clashes with the current state: a duplicate, a wrong step of the lifecycle, a stale write */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body or upload is over its limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body or upload is of a type this route does not read */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected fault (INTERNAL_ERROR); the cause is logged, never answered */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency is down (QUEUE_UNAVAILABLE, DATABASE_BUSY, SERVICE_UNAVAILABLE); retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    JudgingController_auditLog: {
        parameters: {
            query?: {
                afterSeq?: number;
                limit?: number;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEntryResponse"][];
                };
            };
            /** @description The request is malformed or breaks a rule of its own content (VALIDATION_FAILED, INVALID_ID, a rule’s code, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid session (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role or units do not allow this (FORBIDDEN or a more precise code) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description What the path names does not exist, or is not the caller’s to see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected fault (INTERNAL_ERROR); the cause is logged, never answered */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency is down (QUEUE_UNAVAILABLE, DATABASE_BUSY, SERVICE_UNAVAILABLE); retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    JudgingController_verify: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VerifyReportResponse"];
                };
            };
            /** @description The request is malformed or breaks a rule of its own content (VALIDATION_FAILED, INVALID_ID, a rule’s code, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid session (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role or units do not allow this (FORBIDDEN or a more precise code) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description What the path names does not exist, or is not the caller’s to see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected fault (INTERNAL_ERROR); the cause is logged, never answered */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency is down (QUEUE_UNAVAILABLE, DATABASE_BUSY, SERVICE_UNAVAILABLE); retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    MyContestsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyContestResponse"][];
                };
            };
            /** @description No valid session (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role or units do not allow this (FORBIDDEN or a more precise code) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected fault (INTERNAL_ERROR); the cause is logged, never answered */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency is down (QUEUE_UNAVAILABLE, DATABASE_BUSY, SERVICE_UNAVAILABLE); retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ResultsController_compute: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComputeRequestedResponse"];
                };
            };
            /** @description The request is malformed or breaks a rule of its own content (VALIDATION_FAILED, INVALID_ID, a rule’s code, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid session (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role or units do not allow this (FORBIDDEN or a more precise code) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description What the path names does not exist, or is not the caller’s to see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Clashes with the current state: a duplicate, a wrong step of the lifecycle, a stale write */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body or upload is over its limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body or upload is of a type this route does not read */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected fault (INTERNAL_ERROR); the cause is logged, never answered */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency is down (QUEUE_UNAVAILABLE, DATABASE_BUSY, SERVICE_UNAVAILABLE); retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ResultsController_rows: {
        parameters: {
            query?: {
                /** @description A run of this contest; default: the latest finished one. */
                runId?: number;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResultRowResponse"][];
                };
            };
            /** @description The request is malformed or breaks a rule of its own content (VALIDATION_FAILED, INVALID_ID, a rule’s code, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid session (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role or units do not allow this (FORBIDDEN or a more precise code) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description What the path names does not exist, or is not the caller’s to see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected fault (INTERNAL_ERROR); the cause is logged, never answered */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency is down (QUEUE_UNAVAILABLE, DATABASE_BUSY, SERVICE_UNAVAILABLE); retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ResultsController_exportContest: {
        parameters: {
            query?: {
                /** @description A run of this contest; default: the latest finished one. */
                runId?: number;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description <competition> <trade>成绩.xlsx: the ranked lines with their parts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": Blob;
                };
            };
            /** @description The request is malformed or breaks a rule of its own content (VALIDATION_FAILED, INVALID_ID, a rule’s code, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid session (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role or units do not allow this (FORBIDDEN or a more precise code) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description What the path names does not exist, or is not the caller’s to see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected fault (INTERNAL_ERROR); the cause is logged, never answered */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency is down (QUEUE_UNAVAILABLE, DATABASE_BUSY, SERVICE_UNAVAILABLE); retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ResultsController_exportCompetition: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description <competition>成绩汇总.xlsx: a sheet per contest, and 单位汇总. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": Blob;
                };
            };
            /** @description The request is malformed or breaks a rule of its own content (VALIDATION_FAILED, INVALID_ID, a rule’s code, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid session (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role or units do not allow this (FORBIDDEN or a more precise code) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description What the path names does not exist, or is not the caller’s to see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected fault (INTERNAL_ERROR); the cause is logged, never answered */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency is down (QUEUE_UNAVAILABLE, DATABASE_BUSY, SERVICE_UNAVAILABLE); retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ResultsController_runs: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RunResponse"][];
                };
            };
            /** @description The request is malformed or breaks a rule of its own content (VALIDATION_FAILED, INVALID_ID, a rule’s code, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid session (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role or units do not allow this (FORBIDDEN or a more precise code) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description What the path names does not exist, or is not the caller’s to see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected fault (INTERNAL_ERROR); the cause is logged, never answered */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency is down (QUEUE_UNAVAILABLE, DATABASE_BUSY, SERVICE_UNAVAILABLE); retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ResultsController_publish: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PublishDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublishedResponse"];
                };
            };
            /** @description The request is malformed or breaks a rule of its own content (VALIDATION_FAILED, INVALID_ID, a rule’s code, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid session (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role or units do not allow this (FORBIDDEN or a more precise code) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description What the path names does not exist, or is not the caller’s to see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Clashes with the current state: a duplicate, a wrong step of the lifecycle, a stale write */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body or upload is over its limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body or upload is of a type this route does not read */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected fault (INTERNAL_ERROR); the cause is logged, never answered */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency is down (QUEUE_UNAVAILABLE, DATABASE_BUSY, SERVICE_UNAVAILABLE); retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ResultsController_publicationState: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicationStateResponse"];
                };
            };
            /** @description The request is malformed or breaks a rule of its own content (VALIDATION_FAILED, INVALID_ID, a rule’s code, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid session (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role or units do not allow this (FORBIDDEN or a more precise code) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description What the path names does not exist, or is not the caller’s to see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected fault (INTERNAL_ERROR); the cause is logged, never answered */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency is down (QUEUE_UNAVAILABLE, DATABASE_BUSY, SERVICE_UNAVAILABLE); retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ResultsController_finalize: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FinalizedResponse"];
                };
            };
            /** @description The request is malformed or breaks a rule of its own content (VALIDATION_FAILED, INVALID_ID, a rule’s code, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid session (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role or units do not allow this (FORBIDDEN or a more precise code) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description What the path names does not exist, or is not the caller’s to see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Clashes with the current state: a duplicate, a wrong step of the lifecycle, a stale write */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body or upload is over its limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body or upload is of a type this route does not read */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected fault (INTERNAL_ERROR); the cause is logged, never answered */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency is down (QUEUE_UNAVAILABLE, DATABASE_BUSY, SERVICE_UNAVAILABLE); retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ResultsController_objections: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ObjectionResponse"][];
                };
            };
            /** @description The request is malformed or breaks a rule of its own content (VALIDATION_FAILED, INVALID_ID, a rule’s code, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid session (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role or units do not allow this (FORBIDDEN or a more precise code) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description What the path names does not exist, or is not the caller’s to see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected fault (INTERNAL_ERROR); the cause is logged, never answered */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency is down (QUEUE_UNAVAILABLE, DATABASE_BUSY, SERVICE_UNAVAILABLE); retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ResultsController_decide: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecideObjectionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ObjectionResponse"];
                };
            };
            /** @description The request is malformed or breaks a rule of its own content (VALIDATION_FAILED, INVALID_ID, a rule’s code, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid session (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role or units do not allow this (FORBIDDEN or a more precise code) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description What the path names does not exist, or is not the caller’s to see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Clashes with the current state: a duplicate, a wrong step of the lifecycle, a stale write */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body or upload is over its limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body or upload is of a type this route does not read */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected fault (INTERNAL_ERROR); the cause is logged, never answered */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency is down (QUEUE_UNAVAILABLE, DATABASE_BUSY, SERVICE_UNAVAILABLE); retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    PublicResultsController_competitions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicCompetitionResponse"][];
                };
            };
            /** @description An unexpected fault (INTERNAL_ERROR); the cause is logged, never answered */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency is down (QUEUE_UNAVAILABLE, DATABASE_BUSY, SERVICE_UNAVAILABLE); retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    PublicResultsController_competition: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicCompetitionDetailResponse"];
                };
            };
            /** @description The request is malformed or breaks a rule of its own content (VALIDATION_FAILED, INVALID_ID, a rule’s code, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description What the path names does not exist, or is not the caller’s to see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected fault (INTERNAL_ERROR); the cause is logged, never answered */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency is down (QUEUE_UNAVAILABLE, DATABASE_BUSY, SERVICE_UNAVAILABLE); retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    PublicResultsController_rankings: {
        parameters: {
            query?: {
                contestId?: number;
                /** @description Part of a name or a unit's name. */
                q?: string;
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicRankingsResponse"];
                };
            };
            /** @description The request is malformed or breaks a rule of its own content (VALIDATION_FAILED, INVALID_ID, a rule’s code, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description What the path names does not exist, or is not the caller’s to see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected fault (INTERNAL_ERROR); the cause is logged, never answered */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency is down (QUEUE_UNAVAILABLE, DATABASE_BUSY, SERVICE_UNAVAILABLE); retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    PublicResultsController_units: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicUnitLineResponse"][];
                };
            };
            /** @description The request is malformed or breaks a rule of its own content (VALIDATION_FAILED, INVALID_ID, a rule’s code, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description What the path names does not exist, or is not the caller’s to see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected fault (INTERNAL_ERROR); the cause is logged, never answered */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency is down (QUEUE_UNAVAILABLE, DATABASE_BUSY, SERVICE_UNAVAILABLE); retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    PublicResultsController_lookup: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LookupDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicResultLookupResponse"][];
                };
            };
            /** @description The request is malformed or breaks a rule of its own content (VALIDATION_FAILED, INVALID_ID, a rule’s code, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body or upload is over its limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body or upload is of a type this route does not read */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests from this address or account; `details.retryAfterSeconds` and Retry-After say how long to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected fault (INTERNAL_ERROR); the cause is logged, never answered */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency is down (QUEUE_UNAVAILABLE, DATABASE_BUSY, SERVICE_UNAVAILABLE); retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    PublicResultsController_object: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ObjectionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ObjectionFiledResponse"];
                };
            };
            /** @description The request is malformed or breaks a rule of its own content (VALIDATION_FAILED, INVALID_ID, a rule’s code, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description What the path names does not exist, or is not the caller’s to see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body or upload is over its limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body or upload is of a type this route does not read */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests from this address or account; `details.retryAfterSeconds` and Retry-After say how long to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected fault (INTERNAL_ERROR); the cause is logged, never answered */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency is down (QUEUE_UNAVAILABLE, DATABASE_BUSY, SERVICE_UNAVAILABLE); retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    RoundsController_feeders: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SavedFeedersResponse"];
                };
            };
            /** @description The request is malformed or breaks a rule of its own content (VALIDATION_FAILED, INVALID_ID, a rule’s code, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid session (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role or units do not allow this (FORBIDDEN or a more precise code) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description What the path names does not exist, or is not the caller’s to see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected fault (INTERNAL_ERROR); the cause is logged, never answered */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency is down (QUEUE_UNAVAILABLE, DATABASE_BUSY, SERVICE_UNAVAILABLE); retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    RoundsController_setFeeders: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetFeedersDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeedersResponse"];
                };
            };
            /** @description The request is malformed or breaks a rule of its own content (VALIDATION_FAILED, INVALID_ID, a rule’s code, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid session (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role or units do not allow this (FORBIDDEN or a more precise code) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description What the path names does not exist, or is not the caller’s to see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Clashes with the current state: a duplicate, a wrong step of the lifecycle, a stale write */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body or upload is over its limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body or upload is of a type this route does not read */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected fault (INTERNAL_ERROR); the cause is logged, never answered */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency is down (QUEUE_UNAVAILABLE, DATABASE_BUSY, SERVICE_UNAVAILABLE); retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    RoundsController_latest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdvancementResponse"];
                };
            };
            /** @description The request is malformed or breaks a rule of its own content (VALIDATION_FAILED, INVALID_ID, a rule’s code, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid session (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role or units do not allow this (FORBIDDEN or a more precise code) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description What the path names does not exist, or is not the caller’s to see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected fault (INTERNAL_ERROR); the cause is logged, never answered */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency is down (QUEUE_UNAVAILABLE, DATABASE_BUSY, SERVICE_UNAVAILABLE); retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    RoundsController_compute: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdvancementResponse"];
                };
            };
            /** @description The request is malformed or breaks a rule of its own content (VALIDATION_FAILED, INVALID_ID, a rule’s code, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid session (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role or units do not allow this (FORBIDDEN or a more precise code) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description What the path names does not exist, or is not the caller’s to see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Clashes with the current state: a duplicate, a wrong step of the lifecycle, a stale write */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body or upload is over its limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body or upload is of a type this route does not read */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected fault (INTERNAL_ERROR); the cause is logged, never answered */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency is down (QUEUE_UNAVAILABLE, DATABASE_BUSY, SERVICE_UNAVAILABLE); retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    RoundsController_apply: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdvancementApplyResponse"];
                };
            };
            /** @description The request is malformed or breaks a rule of its own content (VALIDATION_FAILED, INVALID_ID, a rule’s code, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid session (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role or units do not allow this (FORBIDDEN or a more precise code) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description What the path names does not exist, or is not the caller’s to see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Clashes with the current state: a duplicate, a wrong step of the lifecycle, a stale write */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body or upload is over its limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body or upload is of a type this route does not read */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected fault (INTERNAL_ERROR); the cause is logged, never answered */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency is down (QUEUE_UNAVAILABLE, DATABASE_BUSY, SERVICE_UNAVAILABLE); retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    RoundsController_decline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                registrationId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeclineAdvancementDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdvancementResponse"];
                };
            };
            /** @description The request is malformed or breaks a rule of its own content (VALIDATION_FAILED, INVALID_ID, a rule’s code, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid session (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role or units do not allow this (FORBIDDEN or a more precise code) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description What the path names does not exist, or is not the caller’s to see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Clashes with the current state: a duplicate, a wrong step of the lifecycle, a stale write */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body or upload is over its limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body or upload is of a type this route does not read */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected fault (INTERNAL_ERROR); the cause is logged, never answered */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency is down (QUEUE_UNAVAILABLE, DATABASE_BUSY, SERVICE_UNAVAILABLE); retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    RoundsController_confirm: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                registrationId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdvancementResponse"];
                };
            };
            /** @description The request is malformed or breaks a rule of its own content (VALIDATION_FAILED, INVALID_ID, a rule’s code, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid session (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role or units do not allow this (FORBIDDEN or a more precise code) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description What the path names does not exist, or is not the caller’s to see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Clashes with the current state: a duplicate, a wrong step of the lifecycle, a stale write */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body or upload is over its limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body or upload is of a type this route does not read */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected fault (INTERNAL_ERROR); the cause is logged, never answered */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency is down (QUEUE_UNAVAILABLE, DATABASE_BUSY, SERVICE_UNAVAILABLE); retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    PublicAdvancementController_latest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicAdvancementResponse"];
                };
            };
            /** @description The request is malformed or breaks a rule of its own content (VALIDATION_FAILED, INVALID_ID, a rule’s code, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description What the path names does not exist, or is not the caller’s to see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected fault (INTERNAL_ERROR); the cause is logged, never answered */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency is down (QUEUE_UNAVAILABLE, DATABASE_BUSY, SERVICE_UNAVAILABLE); retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    WorkerPathController_path: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LookupDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkerPathResponse"];
                };
            };
            /** @description The request is malformed or breaks a rule of its own content (VALIDATION_FAILED, INVALID_ID, a rule’s code, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body or upload is over its limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body or upload is of a type this route does not read */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests from this address or account; `details.retryAfterSeconds` and Retry-After say how long to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected fault (INTERNAL_ERROR); the cause is logged, never answered */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency is down (QUEUE_UNAVAILABLE, DATABASE_BUSY, SERVICE_UNAVAILABLE); retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    CampaignFiguresController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GrantsResponse"];
                };
            };
            /** @description The request is malformed or breaks a rule of its own content (VALIDATION_FAILED, INVALID_ID, a rule’s code, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid session (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role or units do not allow this (FORBIDDEN or a more precise code) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description What the path names does not exist, or is not the caller’s to see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected fault (INTERNAL_ERROR); the cause is logged, never answered */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency is down (QUEUE_UNAVAILABLE, DATABASE_BUSY, SERVICE_UNAVAILABLE); retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    CampaignFiguresController_replace: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GrantInputDto"][];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GrantsResponse"];
                };
            };
            /** @description The request is malformed or breaks a rule of its own content (VALIDATION_FAILED, INVALID_ID, a rule’s code, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid session (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role or units do not allow this (FORBIDDEN or a more precise code) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description What the path names does not exist, or is not the caller’s to see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Clashes with the current state: a duplicate, a wrong step of the lifecycle, a stale write */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body or upload is over its limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body or upload is of a type this route does not read */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected fault (INTERNAL_ERROR); the cause is logged, never answered */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency is down (QUEUE_UNAVAILABLE, DATABASE_BUSY, SERVICE_UNAVAILABLE); retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    CampaignFiguresController_report: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
                unitId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GrantReportDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GrantResponse"];
                };
            };
            /** @description The request is malformed or breaks a rule of its own content (VALIDATION_FAILED, INVALID_ID, a rule’s code, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid session (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role or units do not allow this (FORBIDDEN or a more precise code) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description What the path names does not exist, or is not the caller’s to see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Clashes with the current state: a duplicate, a wrong step of the lifecycle, a stale write */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body or upload is over its limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body or upload is of a type this route does not read */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected fault (INTERNAL_ERROR); the cause is logged, never answered */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency is down (QUEUE_UNAVAILABLE, DATABASE_BUSY, SERVICE_UNAVAILABLE); retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    CampaignFiguresController_changes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GrantChangeResponse"][];
                };
            };
            /** @description The request is malformed or breaks a rule of its own content (VALIDATION_FAILED, INVALID_ID, a rule’s code, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid session (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role or units do not allow this (FORBIDDEN or a more precise code) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description What the path names does not exist, or is not the caller’s to see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected fault (INTERNAL_ERROR); the cause is logged, never answered */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency is down (QUEUE_UNAVAILABLE, DATABASE_BUSY, SERVICE_UNAVAILABLE); retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    CampaignFiguresController_statisticsOf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatisticsResponse"];
                };
            };
            /** @description The request is malformed or breaks a rule of its own content (VALIDATION_FAILED, INVALID_ID, a rule’s code, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid session (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role or units do not allow this (FORBIDDEN or a more precise code) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description What the path names does not exist, or is not the caller’s to see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected fault (INTERNAL_ERROR); the cause is logged, never answered */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency is down (QUEUE_UNAVAILABLE, DATABASE_BUSY, SERVICE_UNAVAILABLE); retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    CertificatesController_issue: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IssueCertificatesDto"];
            };
        };
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IssueQueuedResponse"];
                };
            };
            /** @description The request is malformed or breaks a rule of its own content (VALIDATION_FAILED, INVALID_ID, a rule’s code, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid session (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role or units do not allow this (FORBIDDEN or a more precise code) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description What the path names does not exist, or is not the caller’s to see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Clashes with the current state: a duplicate, a wrong step of the lifecycle, a stale write */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body or upload is over its limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body or upload is of a type this route does not read */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected fault (INTERNAL_ERROR); the cause is logged, never answered */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency is down (QUEUE_UNAVAILABLE, DATABASE_BUSY, SERVICE_UNAVAILABLE); retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    CertificatesController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CertificateResponse"][];
                };
            };
            /** @description The request is malformed or breaks a rule of its own content (VALIDATION_FAILED, INVALID_ID, a rule’s code, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid session (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role or units do not allow this (FORBIDDEN or a more precise code) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description What the path names does not exist, or is not the caller’s to see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected fault (INTERNAL_ERROR); the cause is logged, never answered */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency is down (QUEUE_UNAVAILABLE, DATABASE_BUSY, SERVICE_UNAVAILABLE); retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    CertificatesController_zip: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 证书-<contest>.zip: a PDF per valid certificate. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/zip": Blob;
                };
            };
            /** @description The request is malformed or breaks a rule of its own content (VALIDATION_FAILED, INVALID_ID, a rule’s code, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid session (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role or units do not allow this (FORBIDDEN or a more precise code) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description What the path names does not exist, or is not the caller’s to see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected fault (INTERNAL_ERROR); the cause is logged, never answered */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency is down (QUEUE_UNAVAILABLE, DATABASE_BUSY, SERVICE_UNAVAILABLE); retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    CertificatesController_pdf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                serial: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The certificate as <serial>.pdf. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": Blob;
                };
            };
            /** @description The request is malformed or breaks a rule of its own content (VALIDATION_FAILED, INVALID_ID, a rule’s code, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid session (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role or units do not allow this (FORBIDDEN or a more precise code) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description What the path names does not exist, or is not the caller’s to see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description CERTIFICATE_GLYPH_MISSING: the stored file was missing and the font cannot draw a character of the name or unit */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected fault (INTERNAL_ERROR); the cause is logged, never answered */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency is down (QUEUE_UNAVAILABLE, DATABASE_BUSY, SERVICE_UNAVAILABLE); retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    CertificatesController_verify: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VerificationResponse"];
                };
            };
            /** @description The request is malformed or breaks a rule of its own content (VALIDATION_FAILED, INVALID_ID, a rule’s code, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description What the path names does not exist, or is not the caller’s to see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected fault (INTERNAL_ERROR); the cause is logged, never answered */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency is down (QUEUE_UNAVAILABLE, DATABASE_BUSY, SERVICE_UNAVAILABLE); retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    CertificatesController_holderPdf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The certificate as <serial>.pdf. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": Blob;
                };
            };
            /** @description The request is malformed or breaks a rule of its own content (VALIDATION_FAILED, INVALID_ID, a rule’s code, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description What the path names does not exist, or is not the caller’s to see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description CERTIFICATE_GLYPH_MISSING: the stored file was missing and the font cannot draw a character of the name or unit */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected fault (INTERNAL_ERROR); the cause is logged, never answered */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency is down (QUEUE_UNAVAILABLE, DATABASE_BUSY, SERVICE_UNAVAILABLE); retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    CertificatesController_mine: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LookupDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CertificateLookupResponse"][];
                };
            };
            /** @description The request is malformed or breaks a rule of its own content (VALIDATION_FAILED, INVALID_ID, a rule’s code, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body or upload is over its limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body or upload is of a type this route does not read */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests from this address or account; `details.retryAfterSeconds` and Retry-After say how long to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected fault (INTERNAL_ERROR); the cause is logged, never answered */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency is down (QUEUE_UNAVAILABLE, DATABASE_BUSY, SERVICE_UNAVAILABLE); retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    UnitResultsController_lines: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitResultLineResponse"][];
                };
            };
            /** @description The request is malformed or breaks a rule of its own content (VALIDATION_FAILED, INVALID_ID, a rule’s code, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid session (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role or units do not allow this (FORBIDDEN or a more precise code) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description What the path names does not exist, or is not the caller’s to see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected fault (INTERNAL_ERROR); the cause is logged, never answered */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency is down (QUEUE_UNAVAILABLE, DATABASE_BUSY, SERVICE_UNAVAILABLE); retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    UnitResultsController_zip: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 本单位证书-<competition>.zip: a PDF per valid certificate. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/zip": Blob;
                };
            };
            /** @description The request is malformed or breaks a rule of its own content (VALIDATION_FAILED, INVALID_ID, a rule’s code, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid session (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role or units do not allow this (FORBIDDEN or a more precise code) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description What the path names does not exist, or is not the caller’s to see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected fault (INTERNAL_ERROR); the cause is logged, never answered */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency is down (QUEUE_UNAVAILABLE, DATABASE_BUSY, SERVICE_UNAVAILABLE); retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    MaintenanceController_optimize: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OptimizeQueuedResponse"];
                };
            };
            /** @description The request is malformed or breaks a rule of its own content (VALIDATION_FAILED, INVALID_ID, a rule’s code, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid session (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role or units do not allow this (FORBIDDEN or a more precise code) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Clashes with the current state: a duplicate, a wrong step of the lifecycle, a stale write */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body or upload is over its limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body or upload is of a type this route does not read */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected fault (INTERNAL_ERROR); the cause is logged, never answered */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency is down (QUEUE_UNAVAILABLE, DATABASE_BUSY, SERVICE_UNAVAILABLE); retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    DashboardController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DashboardResponse"];
                };
            };
            /** @description The request is malformed or breaks a rule of its own content (VALIDATION_FAILED, INVALID_ID, a rule’s code, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid session (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role or units do not allow this (FORBIDDEN or a more precise code) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description What the path names does not exist, or is not the caller’s to see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected fault (INTERNAL_ERROR); the cause is logged, never answered */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency is down (QUEUE_UNAVAILABLE, DATABASE_BUSY, SERVICE_UNAVAILABLE); retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    RetentionController_anonymise: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnonymisationResponse"];
                };
            };
            /** @description The request is malformed or breaks a rule of its own content (VALIDATION_FAILED, INVALID_ID, a rule’s code, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid session (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role or units do not allow this (FORBIDDEN or a more precise code) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description What the path names does not exist, or is not the caller’s to see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Clashes with the current state: a duplicate, a wrong step of the lifecycle, a stale write */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body or upload is over its limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body or upload is of a type this route does not read */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected fault (INTERNAL_ERROR); the cause is logged, never answered */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency is down (QUEUE_UNAVAILABLE, DATABASE_BUSY, SERVICE_UNAVAILABLE); retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    QuestionsController_import: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file?: Blob;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuestionImportResponse"];
                };
            };
            /** @description The request is malformed or breaks a rule of its own content (VALIDATION_FAILED, INVALID_ID, a rule’s code, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid session (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role or units do not allow this (FORBIDDEN or a more precise code) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description What the path names does not exist, or is not the caller’s to see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Clashes with the current state: a duplicate, a wrong step of the lifecycle, a stale write */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body or upload is over its limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body or upload is of a type this route does not read */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests from this address or account; `details.retryAfterSeconds` and Retry-After say how long to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected fault (INTERNAL_ERROR); the cause is logged, never answered */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency is down (QUEUE_UNAVAILABLE, DATABASE_BUSY, SERVICE_UNAVAILABLE); retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    QuestionsController_template: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 题库导入模板.xlsx: the columns and one example per type. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": Blob;
                };
            };
            /** @description The request is malformed or breaks a rule of its own content (VALIDATION_FAILED, INVALID_ID, a rule’s code, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid session (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role or units do not allow this (FORBIDDEN or a more precise code) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description What the path names does not exist, or is not the caller’s to see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected fault (INTERNAL_ERROR); the cause is logged, never answered */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency is down (QUEUE_UNAVAILABLE, DATABASE_BUSY, SERVICE_UNAVAILABLE); retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    QuestionsController_list: {
        parameters: {
            query?: {
                area?: string;
                type?: "SINGLE" | "MULTIPLE" | "TRUE_FALSE" | "BLANK";
                /** @description Part of a code or a stem. */
                q?: string;
                /** @description ACTIVE (the default), RETIRED or ALL. */
                status?: "ACTIVE" | "RETIRED" | "ALL";
                /** @description 1-based; without it every matching question is returned. */
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuestionResponse"][];
                };
            };
            /** @description The request is malformed or breaks a rule of its own content (VALIDATION_FAILED, INVALID_ID, a rule’s code, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid session (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role or units do not allow this (FORBIDDEN or a more precise code) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description What the path names does not exist, or is not the caller’s to see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected fault (INTERNAL_ERROR); the cause is logged, never answered */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency is down (QUEUE_UNAVAILABLE, DATABASE_BUSY, SERVICE_UNAVAILABLE); retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    QuestionsController_setStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetQuestionStatusDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuestionResponse"];
                };
            };
            /** @description The request is malformed or breaks a rule of its own content (VALIDATION_FAILED, INVALID_ID, a rule’s code, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid session (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role or units do not allow this (FORBIDDEN or a more precise code) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description What the path names does not exist, or is not the caller’s to see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Clashes with the current state: a duplicate, a wrong step of the lifecycle, a stale write */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body or upload is over its limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body or upload is of a type this route does not read */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected fault (INTERNAL_ERROR); the cause is logged, never answered */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency is down (QUEUE_UNAVAILABLE, DATABASE_BUSY, SERVICE_UNAVAILABLE); retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
}
