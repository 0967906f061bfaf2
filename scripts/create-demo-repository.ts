import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** The demo's task list, relative to the demo repository. */
export const DEMO_TASKS = "specs/001-text-stats/tasks.md";

/** A fresh git repository in a temporary folder holding examples/demo/repo as one commit; returns its path. */
export function createDemoRepository(prefix = "maestro-demo-"): string {
  const template = fileURLToPath(new URL("../examples/demo/repo", import.meta.url));
  const dir = mkdtempSync(join(tmpdir(), prefix));
  cpSync(template, dir, { recursive: true });
  const git = (...args: string[]) => execFileSync("git", args, { cwd: dir, stdio: "ignore" });
  git("init", "--quiet", "-b", "main");
  // A local identity, so the demo also runs where git has none configured.
  git("config", "user.name", "maestro demo");
  git("config", "user.email", "demo@maestro.invalid");
  git("add", "--all");
  git("commit", "--quiet", "-m", "text-stats: spec, plan and tasks");
  return dir;
}
