import { join, resolve } from 'node:path';
import {
  MoveRefused,
  MoveVerificationFailed,
  moveToPostgres,
  redactedUrl,
} from '../database/database-move';
import { Command, CommandExit } from './command';

/**
 * `db:move` (`npm run db:move -- …`): moves a whole database from a SQLite file to PostgreSQL,
 * then verifies it (docs/deployment.md):
 *
 *   npm run db:move -- --from data/contest.sqlite --to postgres://user:pass@host:5432/skills
 *
 * Options (or environment variables):
 *   --from FILE   (MOVE_FROM; default: DATA_DIR/contest.sqlite, DATA_DIR defaulting to ./data)
 *   --to URL      (MOVE_TO; a postgres:// or postgresql:// URL)
 *   --replace     delete what the target's tables hold first (default: refuse a non-empty target)
 *   --batch-size N  rows per INSERT (default 1000)
 *
 * Exit status: 0 moved and verified; 1 failed (nothing committed, or verification failed: see the
 * message); 2 bad arguments; 3 refused before writing (target not empty, schemas differ, source in
 * use or missing).
 */
interface Args {
  from: string;
  to: string;
  replace: boolean;
  batchSize: number;
}

function usage(message: string): never {
  throw new CommandExit(
    2,
    `${message}\nusage: npm run db:move -- --from <sqlite file> --to postgres://… [--replace] [--batch-size N]`,
  );
}

function parseArgs(argv: string[], env: NodeJS.ProcessEnv): Args {
  const args: Args = {
    from: env.MOVE_FROM ?? join(env.DATA_DIR ?? './data', 'contest.sqlite'),
    to: env.MOVE_TO ?? '',
    replace: false,
    batchSize: 1000,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) usage(`${arg} needs a value`);
      return v;
    };
    if (arg === '--from') args.from = value();
    else if (arg === '--to') args.to = value();
    else if (arg === '--replace') args.replace = true;
    else if (arg === '--batch-size') args.batchSize = Number(value());
    else usage(`unknown argument ${arg}`);
  }
  if (!/^postgres(ql)?:\/\/.+/.test(args.to)) usage('--to must be a postgres:// URL');
  if (!Number.isInteger(args.batchSize) || args.batchSize < 1 || args.batchSize > 50000)
    usage('--batch-size must be a whole number from 1 to 50000');
  args.from = resolve(args.from);
  return args;
}

async function move(argv: string[]): Promise<number> {
  const args = parseArgs(argv, process.env);
  console.log(
    `moving ${args.from} → ${redactedUrl(args.to)}${args.replace ? ' (replacing what it holds)' : ''}`,
  );
  const report = await moveToPostgres({
    ...args,
    personalDataKey: process.env.PERSONAL_DATA_KEY || undefined,
    log: (line) => console.log(`  ${line}`),
  });
  const width = Math.max(...report.tables.map((t) => t.table.length), 5);
  console.log(
    `\n${'table'.padEnd(width)}  ${'rows'.padStart(9)}  ${'copy ms'.padStart(8)}  checksum (sha256) source = target`,
  );
  for (const t of report.tables) {
    console.log(
      `${t.table.padEnd(width)}  ${String(t.rows).padStart(9)}  ${String(t.copyMs).padStart(8)}  ${t.source.slice(0, 16)} = ${t.target.slice(0, 16)}`,
    );
  }
  console.log(
    `\nresult runs: ${report.results.runs}, result rows: ${report.results.rows}, checksum ${report.results.source.slice(0, 16)} = ${report.results.target.slice(0, 16)}`,
  );
  console.log(
    `audit chains: ${report.audit.contests} contest(s), ${report.audit.entries} entries, all verify on the target`,
  );
  console.log(
    report.personalData.keyId === null
      ? 'personal data: no worker with an ID number to check'
      : `personal data: ${report.personalData.workers} workers' ID numbers and phones moved encrypted; they open with key ${report.personalData.keyId} (${report.personalData.keySource}): the service on PostgreSQL needs that same key (PERSONAL_DATA_KEY or DATA_DIR/personal-data-key)`,
  );
  console.log(
    `moved and verified: ${report.tables.length} tables, ${report.rows} rows, ${report.sequences} sequences reset, in ${(report.ms / 1000).toFixed(1)} s; row counts and checksums equal`,
  );
  return 0;
}

export const dbMoveCommand: Command = {
  summary: 'db:move --from FILE --to URL  move a SQLite database to PostgreSQL, verified',
  run: (args) =>
    move(args).catch((error: unknown) => {
      if (error instanceof CommandExit) throw error;
      if (error instanceof MoveRefused)
        throw new CommandExit(3, `refused (${error.code}): ${error.message}`);
      if (error instanceof MoveVerificationFailed) throw new CommandExit(1, error.message);
      throw new CommandExit(
        1,
        `the move failed, nothing was committed to the target: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      );
    }),
};
