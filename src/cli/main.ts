import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { createLogger, LogLevelName, NestPinoLogger } from '../common/logger';
import { backupCommand } from './backup.command';
import { Command, CommandExit } from './command';
import { dbMoveCommand } from './db-move.command';
import { migrateCommand } from './migrate.command';
import { openapiCommand } from './openapi.command';
import { restoreCommand } from './restore.command';

/**
 * The service's operational commands, compiled with it and run from dist with the same Node and
 * the same production dependencies (no ts-node, no dev dependency):
 *
 *   node dist/src/cli/main.js <command> [args]      (npm run <command> -- [args] builds first)
 *
 * Each command prints its report on standard output and its refusal on standard error, and exits
 * with its status (0 done; 1 failed; 2 bad arguments; db:move: 3 refused before writing). What the
 * service's code logs meanwhile (a failed query, say) comes as the service's JSON lines, at
 * LOG_LEVEL.
 */
const COMMANDS: Record<string, Command> = {
  backup: backupCommand,
  restore: restoreCommand,
  'db:move': dbMoveCommand,
  migrate: migrateCommand,
  openapi: openapiCommand,
};

const LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

function usage(): string {
  return [
    'usage: node dist/src/cli/main.js <command> [args]',
    ...Object.values(COMMANDS).map((c) => `  ${c.summary}`),
  ].join('\n');
}

/** Runs the command `argv` names; resolves to the process's exit status. */
export async function runCli(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  const command = name === undefined ? undefined : COMMANDS[name];
  if (command === undefined) {
    console.error(name === undefined ? usage() : `unknown command ${name}\n${usage()}`);
    return 2;
  }
  const level = process.env.LOG_LEVEL ?? 'info';
  Logger.overrideLogger(
    new NestPinoLogger(createLogger(LEVELS.includes(level) ? (level as LogLevelName) : 'info')),
  );
  try {
    return await command.run(args);
  } catch (error) {
    if (error instanceof CommandExit) {
      console.error(error.message);
      return error.status;
    }
    console.error(error);
    return 1;
  }
}

if (require.main === module) {
  // Exits when the command is done: a pool's or Redis's socket may linger a moment after closing.
  void runCli(process.argv.slice(2)).then((status) => process.exit(status));
}
