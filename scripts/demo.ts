// `npm run demo`: a real maestro run on a fresh copy of examples/demo/repo, in a temporary folder.
// Real git, real worktrees, real merges, the live progress display and the final summary; no AI agent
// (each task carries its own shell commands, run by the `script` agent).
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { processIo } from "../src/cli/cli-io.js";
import { main } from "../src/cli/main.js";

const template = fileURLToPath(new URL("../examples/demo/repo", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "maestro-demo-"));
cpSync(template, dir, { recursive: true });
const git = (...args: string[]) =>
  execFileSync("git", args, { cwd: dir, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
git("init", "--quiet", "-b", "main");
// A local identity, so the demo also runs where git has none configured.
git("config", "user.name", "maestro demo");
git("config", "user.email", "demo@maestro.invalid");
git("add", "--all");
git("commit", "--quiet", "-m", "text-stats: spec, plan and tasks");

const io = { ...processIo(), cwd: dir };
io.stdout.write(`maestro demo in ${dir}\n\n`);
const code = await main(
  [
    "implement",
    "specs/001-text-stats/tasks.md",
    "--agent",
    "script",
    "--verify",
    "node --test",
    ...process.argv.slice(2),
  ],
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
