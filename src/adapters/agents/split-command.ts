import { parse } from "shell-quote";

/** A command line that cannot be turned into argv without a shell. */
export class CommandLineError extends Error {
  override readonly name = "CommandLineError";
  constructor(
    readonly commandLine: string,
    readonly problem: string,
  ) {
    super(`cannot use command "${commandLine}": ${problem}`);
  }
}

/**
 * Splits `"CMD ARGS"` into argv the way a POSIX shell would quote it, without running a shell: `$VAR` stays
 * literal, globs stay literal, and shell operators (`|`, `>`, `&&`, `;`) are refused: put such logic in a
 * script file and name that instead.
 */
export function splitCommand(commandLine: string): string[] {
  const argv: string[] = [];
  for (const part of parse(commandLine, (name) => `$${name}`)) {
    if (typeof part === "string") argv.push(part);
    else if ("op" in part && part.op === "glob") argv.push(part.pattern);
    else if ("comment" in part) break;
    else
      throw new CommandLineError(commandLine, `shell operator "${part.op}" is not supported (no shell runs)`);
  }
  if (argv.length === 0) throw new CommandLineError(commandLine, "it is empty");
  return argv;
}
