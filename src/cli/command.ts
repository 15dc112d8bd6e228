/** A command's refusal with its exit status: the message goes to standard error as it is. */
export class CommandExit extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** One subcommand of the CLI (`node dist/src/cli/main.js <name> [args]`): resolves to its exit status. */
export interface Command {
  /** One line for the usage text. */
  summary: string;
  run(args: string[]): Promise<number>;
}
