import { Command, CommanderError } from "commander";
import { processIo, type CliIo } from "./cli-io.js";
import { registerImplementCommand } from "./implement-command.js";
import { registerPlanCommand } from "./plan-command.js";

/** Each subcommand registers itself here and sets `exitCode` through the holder it is given. */
export type RegisterCommand = (program: Command, io: CliIo, result: { exitCode: number }) => void;

const commands: RegisterCommand[] = [registerPlanCommand, registerImplementCommand];

/** The `maestro` command line. Returns the exit code (0 ok, 1 tasks failed, 2 bad input). */
export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  const result = { exitCode: 0 };
  const program = new Command()
    .name("maestro")
    .description(
      "Implement a spec-driven feature with wave-based parallel execution: read tasks.md, detect the\n" +
        "dependencies between tasks, and run independent tasks in parallel (at most 3 at once), each in\n" +
        "its own git worktree, merging every wave before the next one starts.",
    )
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
    })
    .showHelpAfterError("(run `maestro --help` for usage)");
  for (const register of commands) register(program, io, result);
  try {
    await program.parseAsync(argv, { from: "user" });
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? 0 : 2;
    }
    throw error;
  }
  return result.exitCode;
}
