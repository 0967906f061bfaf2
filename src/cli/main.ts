import { createRequire } from "node:module";
import { Command, CommanderError } from "commander";
import { processIo, type CliIo } from "./cli-io.js";
import { registerImplementCommand } from "./implement-command.js";
import { registerPlanCommand } from "./plan-command.js";
import type { RegisterCommand } from "./register-command.js";

// package.json sits two levels up from both src/cli (tsx) and lib/cli (built).
const { version } = createRequire(import.meta.url)("../../package.json") as { version: string };

const commands: RegisterCommand[] = [registerPlanCommand, registerImplementCommand];

/** The `maestro` command line. Returns the exit code (0 ok, 1 tasks failed, 2 bad input). */
export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  const result = { exitCode: 0 };
  const program = new Command()
    .name("maestro")
    .version(version, "-V, --version", "print maestro's version")
    .description(
      "Implement a spec-driven feature with wave-based parallel execution: read tasks.md, find the " +
        "dependencies between its tasks, and run independent tasks in parallel (at most 3 at once), each " +
        "in its own git worktree, merging every wave before the next one starts.",
    )
    .addHelpText(
      "after",
      [
        "",
        "Start here:",
        "  maestro plan specs/001-feature/tasks.md                    # the waves, every dependency and why",
        "  maestro implement specs/001-feature/tasks.md --dry-run     # the branches and worktrees a run would make",
        '  maestro implement specs/001-feature/tasks.md --agent claude --verify "npm test"',
        "",
        "Run `maestro help <command>` for a command's options and more examples.",
      ].join("\n"),
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
