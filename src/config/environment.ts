import 'reflect-metadata';
import { plainToInstance, Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  validateSync,
} from 'class-validator';
import { IsTrustProxyList } from './trust-proxy';
import {
  adminPasswordProblem,
  databaseUrlProblem,
  jwtSecretProblem,
  MIN_ADMIN_PASSWORD_LENGTH,
  SECRET_PROBLEM_TEXT,
  type SecretProblem,
} from './secret-strength';
import { parsePersonalDataKey } from '../common/personal-data/personal-data-key';

const toBoolean = ({ value }: { value: unknown }): unknown => {
  if (typeof value !== 'string') return value;
  const v = value.trim().toLowerCase();
  if (['1', 'true', 'yes', 'on'].includes(v)) return true;
  if (['0', 'false', 'no', 'off'].includes(v)) return false;
  return value;
};

/**
 * Every setting the service reads from the environment, checked once at boot.
 * Nothing else in the code reads `process.env`.
 */
export class Environment {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @IsInt()
  @Min(0)
  @Max(65535)
  PORT: number = 3000;

  @IsString()
  HOST: string = '0.0.0.0';

  /** Holds the SQLite file, the generated JWT secret and later the certificate PDFs. */
  @IsString()
  @MinLength(1)
  DATA_DIR: string = './data';

  /** Unset: SQLite in DATA_DIR. `postgres://…` / `postgresql://…`: PostgreSQL. `sqlite:PATH`: another SQLite file. */
  @IsOptional()
  @Matches(/^(postgres(ql)?:\/\/.+|sqlite:.+)$/, {
    message: 'DATABASE_URL must start with postgres://, postgresql:// or sqlite:',
  })
  DATABASE_URL?: string;

  /** Milliseconds SQLite waits for a lock held by another process before failing. */
  @IsInt()
  @Min(0)
  @Max(600000)
  SQLITE_BUSY_TIMEOUT_MS: number = 5000;

  @Matches(/^rediss?:\/\/.+/, { message: 'REDIS_URL must start with redis:// or rediss://' })
  REDIS_URL: string = 'redis://127.0.0.1:6379';

  /** Prefix of every Redis key of the queues, so that several deployments can share one Redis. */
  @Matches(/^[A-Za-z0-9_.-]{1,64}$/, {
    message: 'QUEUE_PREFIX must be 1-64 characters of letters, digits, _ . -',
  })
  QUEUE_PREFIX: string = 'skills';

  /** Run the queue processors inside the API process (default) or only in the job runners (`npm run start:job-runner`). */
  @Transform(({ obj, key }: { obj: Record<string, unknown>; key: string }) =>
    toBoolean({ value: obj[key] }),
  )
  @IsBoolean()
  QUEUE_PROCESSORS_IN_API: boolean = true;

  @IsInt()
  @Min(1)
  @Max(64)
  QUEUE_CONCURRENCY: number = 2;

  @IsInt()
  @Min(1)
  @Max(20)
  QUEUE_JOB_ATTEMPTS: number = 3;

  @IsInt()
  @Min(0)
  @Max(3600000)
  QUEUE_BACKOFF_MS: number = 5000;

  /**
   * On SIGTERM, how long a process waits for the jobs in its hands before sending what is still
   * running back to its queue (another job runner then takes it) and exiting. Keep it below the
   * supervisor's stop timeout (systemd TimeoutStopSec, compose stop_grace_period).
   */
  @IsInt()
  @Min(0)
  @Max(3600000)
  SHUTDOWN_GRACE_MS: number = 20000;

  /** Unset: a random secret is generated once and kept in DATA_DIR/jwt-secret (never logged). */
  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters' })
  JWT_SECRET?: string;

  /**
   * The key of ID numbers and phones at rest: 32 random bytes as 64 hex digits or base64. Unset:
   * generated once into DATA_DIR/personal-data-key (mode 0600). Checked below (personalDataKeyProblem).
   */
  @IsOptional()
  @IsString()
  PERSONAL_DATA_KEY?: string;

  /** Days after a competition's results were published before its workers may be anonymised. */
  @IsInt()
  @Min(1)
  @Max(36500)
  PERSONAL_DATA_RETENTION_DAYS: number = 1095;

  /** Lifetime of an access token, in seconds. */
  @IsInt()
  @Min(60)
  @Max(30 * 24 * 3600)
  JWT_TTL_SECONDS: number = 12 * 3600;

  @IsOptional()
  @Matches(/^[A-Za-z0-9_.-]{3,32}$/, {
    message: 'ADMIN_USERNAME must be 3-32 letters, digits, _ . -',
  })
  ADMIN_USERNAME?: string;

  @IsOptional()
  @IsString()
  @MinLength(MIN_ADMIN_PASSWORD_LENGTH, {
    message: `ADMIN_PASSWORD must be at least ${MIN_ADMIN_PASSWORD_LENGTH} characters`,
  })
  @MaxLength(72, { message: 'ADMIN_PASSWORD must be at most 72 characters (bcrypt)' })
  ADMIN_PASSWORD?: string;

  /** Login attempts allowed per client address and user name within LOGIN_RATE_WINDOW_SECONDS. */
  @IsInt()
  @Min(1)
  @Max(100000)
  LOGIN_RATE_LIMIT: number = 10;

  @IsInt()
  @Min(1)
  @Max(86400)
  LOGIN_RATE_WINDOW_SECONDS: number = 60;

  /**
   * Per-account back-off (kept in the database, so it holds across API processes): this many
   * failed logins for one user name, from any address, go unhindered; each further failure makes
   * the name wait LOGIN_BACKOFF_BASE_SECONDS × 2^(failures − LOGIN_BACKOFF_FREE_ATTEMPTS), at most
   * LOGIN_BACKOFF_MAX_SECONDS. Failures older than LOGIN_BACKOFF_RESET_SECONDS are forgotten.
   */
  @IsInt()
  @Min(1)
  @Max(1000)
  LOGIN_BACKOFF_FREE_ATTEMPTS: number = 5;

  @IsInt()
  @Min(1)
  @Max(3600)
  LOGIN_BACKOFF_BASE_SECONDS: number = 1;

  @IsInt()
  @Min(1)
  @Max(86400)
  LOGIN_BACKOFF_MAX_SECONDS: number = 900;

  @IsInt()
  @Min(60)
  @Max(30 * 86400)
  LOGIN_BACKOFF_RESET_SECONDS: number = 3600;

  /**
   * Origins (scheme://host[:port], comma-separated, exact) whose pages may call the API from a
   * browser. Empty (the default): no cross-origin access at all; the web pages are same-origin.
   */
  @Matches(
    /^(https?:\/\/[A-Za-z0-9.-]+(:\d{1,5})?(\s*,\s*https?:\/\/[A-Za-z0-9.-]+(:\d{1,5})?)*)?$/,
    {
      message:
        'CORS_ORIGINS must be comma-separated origins such as https://a.example.org,http://10.0.0.5:8080 (no path, no *)',
    },
  )
  CORS_ORIGINS: string = '';

  /** Public look-ups by name + ID number (own results, objections) per client address per window. */
  @IsInt()
  @Min(1)
  @Max(100000)
  PUBLIC_LOOKUP_RATE_LIMIT: number = 20;

  @IsInt()
  @Min(1)
  @Max(86400)
  PUBLIC_LOOKUP_WINDOW_SECONDS: number = 60;

  /**
   * Public look-ups (the same routes) per ID number within PUBLIC_LOOKUP_PER_ID_WINDOW_SECONDS,
   * from any address: many addresses trying names against one ID number are stopped too. The
   * look-up page spends three (path, results, certificates) per search: 30 is ten searches.
   */
  @IsInt()
  @Min(1)
  @Max(100000)
  PUBLIC_LOOKUP_PER_ID_LIMIT: number = 30;

  @IsInt()
  @Min(1)
  @Max(86400)
  PUBLIC_LOOKUP_PER_ID_WINDOW_SECONDS: number = 3600;

  /** Login attempts per client address within LOGIN_RATE_WINDOW_SECONDS, whatever the user names. */
  @IsInt()
  @Min(1)
  @Max(100000)
  LOGIN_ADDRESS_RATE_LIMIT: number = 30;

  /**
   * Reverse proxies (comma-separated addresses or CIDRs, IPv4 or IPv6) whose X-Forwarded-For gives
   * the client address. Empty: nobody is trusted; the client address is the connection's.
   */
  @IsTrustProxyList()
  TRUST_PROXY: string = '';

  @IsInt()
  @Min(4)
  @Max(15)
  BCRYPT_ROUNDS: number = 10;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent' = 'info';

  /** Largest JSON request body accepted, in bytes. */
  @IsInt()
  @Min(1024)
  @Max(100 * 1024 * 1024)
  BODY_LIMIT_BYTES: number = 1024 * 1024;

  /** Largest roster upload (.xlsx or .csv) accepted, in bytes; a 40,000-row .xlsx is about 2 MB. */
  @IsInt()
  @Min(1024)
  @Max(200 * 1024 * 1024)
  ROSTER_MAX_BYTES: number = 20 * 1024 * 1024;

  /**
   * Uploads (roster and score-file imports) one account may start within
   * UPLOAD_RATE_WINDOW_SECONDS, counted in Redis for every API process; more answer 429
   * TOO_MANY_UPLOADS. Each upload may unpack and check tens of MB, so a script cannot loop them.
   */
  @IsInt()
  @Min(1)
  @Max(100000)
  UPLOAD_RATE_LIMIT: number = 30;

  @IsInt()
  @Min(1)
  @Max(86400)
  UPLOAD_RATE_WINDOW_SECONDS: number = 60;

  /**
   * Rosters that unpack to at most this many bytes (an .xlsx by its zip directory, a CSV as sent)
   * are imported while the request waits; larger ones become a Bull job. 1 MiB is ~3,000 rows.
   */
  @IsInt()
  @Min(0)
  @Max(200 * 1024 * 1024)
  ROSTER_INLINE_MAX_BYTES: number = 1024 * 1024;

  /** Where certificate PDFs are kept; unset: DATA_DIR/certificates. A missing file is redrawn. */
  @IsOptional()
  @IsString()
  @MinLength(1)
  CERT_DIR?: string;

  /** A CJK font (.ttf/.otf, or .ttc#PostScriptName) to use before the bundled Noto Sans Hans. */
  @IsOptional()
  @IsString()
  @MinLength(1)
  CERT_FONT_PATH?: string;

  /** The built web pages (`npm run build` puts them in web/dist), served at `/`. */
  @IsString()
  @MinLength(1)
  WEB_DIR: string = 'web/dist';

  /** The public address of the verification page, printed in the QR code. */
  @Matches(/^https?:\/\/.+/, { message: 'PUBLIC_BASE_URL must start with http:// or https://' })
  PUBLIC_BASE_URL: string = 'http://localhost:3000';

  /** How long published results stay open for objections (公示期), in days. */
  @IsInt()
  @Min(0)
  @Max(60)
  PUBLICATION_DAYS: number = 5;

  /** Most data rows one roster may hold. */
  @IsInt()
  @Min(1)
  @Max(1000000)
  ROSTER_MAX_ROWS: number = 100000;

  // ---- Queue fault tolerance (docs/operations.md) ----

  /**
   * How long a process's lock on a job it runs lasts, in ms (Bull's lockDuration; renewed every
   * half of it while the job runs). A job whose process died is taken over by another job runner
   * within about QUEUE_LOCK_MS + QUEUE_STALLED_MS. Longer than any pause of the event loop.
   */
  @IsInt()
  @Min(1000)
  @Max(600000)
  QUEUE_LOCK_MS: number = 30000;

  /** How often each processing process looks for jobs whose lock expired (Bull's stalledInterval), in ms. */
  @IsInt()
  @Min(500)
  @Max(600000)
  QUEUE_STALLED_MS: number = 30000;
}

export class EnvironmentError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'EnvironmentError';
  }
}

/** Reads and checks the environment; throws an EnvironmentError naming every bad variable. */
export function loadEnvironment(source: Record<string, string | undefined>): Environment {
  const known = Object.keys(new Environment());
  const optional = [
    'DATABASE_URL',
    'JWT_SECRET',
    'PERSONAL_DATA_KEY',
    'ADMIN_USERNAME',
    'ADMIN_PASSWORD',
    'CERT_DIR',
    'CERT_FONT_PATH',
  ];
  const plain: Record<string, unknown> = {};
  for (const name of [...known, ...optional]) {
    const raw = source[name];
    if (raw !== undefined && raw !== '') plain[name] = raw;
  }
  const env = plainToInstance(Environment, plain, { enableImplicitConversion: true });
  const errors = validateSync(env, { whitelist: true, forbidUnknownValues: true });
  const problems = errors.map((e) => {
    const secret = ['JWT_SECRET', 'PERSONAL_DATA_KEY', 'ADMIN_USERNAME', 'ADMIN_PASSWORD'].includes(
      e.property,
    );
    const value = secret ? '(hidden)' : JSON.stringify(plain[e.property]);
    return `${e.property}=${value}: ${Object.values(e.constraints ?? {}).join('; ')}`;
  });
  const invalid = new Set(errors.map((e) => e.property));
  problems.push(...weakSecrets(env).filter((p) => !invalid.has(p.split('=')[0])));
  const keyProblem = personalDataKeyProblem(env);
  if (keyProblem) problems.push(keyProblem);
  if (problems.length > 0) throw new EnvironmentError(problems);
  return env;
}

/** A PERSONAL_DATA_KEY that is not 32 random bytes (never printed). */
function personalDataKeyProblem(env: Environment): string | null {
  if (env.PERSONAL_DATA_KEY === undefined) return null;
  const parsed = parsePersonalDataKey(env.PERSONAL_DATA_KEY);
  return 'problem' in parsed
    ? `PERSONAL_DATA_KEY=(hidden): PERSONAL_DATA_KEY ${parsed.problem}`
    : null;
}

/** Secrets that pass their format checks but are placeholders, short or common (never printed). */
function weakSecrets(env: Environment): string[] {
  const found: Array<[string, SecretProblem | null]> = [
    ['JWT_SECRET', env.JWT_SECRET === undefined ? null : jwtSecretProblem(env.JWT_SECRET)],
    [
      'ADMIN_PASSWORD',
      env.ADMIN_PASSWORD === undefined
        ? null
        : adminPasswordProblem(env.ADMIN_PASSWORD, env.ADMIN_USERNAME ?? 'admin'),
    ],
    ['DATABASE_URL', env.DATABASE_URL === undefined ? null : databaseUrlProblem(env.DATABASE_URL)],
  ];
  return found
    .filter((entry): entry is [string, SecretProblem] => entry[1] !== null)
    .map(([name, problem]) => `${name}=(hidden): ${name} ${SECRET_PROBLEM_TEXT[problem]}`);
}
