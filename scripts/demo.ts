// `npm run demo`: a real maestro run on a fresh copy of examples/demo/repo, in a temporary folder.
// Real git, real worktrees, real merges, the live progress display and the final summary; no AI agent
// (each task carries its own shell commands, run by the `script` agent).
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { processIo } from "../src/cli/cli-io.js";
import { main } from "../src/cli/main.js";
import { createDemoRepository, DEMO_TASKS } from "./create-demo-repository.js";

const dir = createDemoRepository();
const git = (...args: string[]) =>
  execFileSync("git", args, { cwd: dir, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });

const io = { ...processIo(), cwd: dir };
io.stdout.write(`maestro demo in ${dir}\n\n`);
const code = await main(
  ["implement", DEMO_TASKS, "--agent", "script", "--verify", "node --test", ...process.argv.slice(2)],
  io,
);
io.stdout.write(`\nThe history maestro made (each task merged --no-ff, each wave ticked in tasks.md):\n\n`);
io.stdout.write(
  git("log", "--graph", "--oneline", "--decorate", process.stdout.isTTY ? "--color=always" : "--color=never"),
);
io.stdout.write(
  `\nThe repository stays in ${dir}: try  echo "hello world" | ${join(dir, "bin", "text-stats.js")}\n`,
);
process.exitCode = code;
