import { execFileSync } from "node:child_process";

/**
 * Makes the files already in `dir` a git repository on `main` with one commit. A local identity is set, so
 * this also works where git has none configured; `config` entries are set before the commit.
 */
export function initRepository(
  dir: string,
  options: { identity: string; message: string; config?: Record<string, string> },
): void {
  const git = (...args: string[]) =>
    execFileSync("git", args, { cwd: dir, stdio: "ignore", maxBuffer: 64 * 1024 * 1024 });
  git("init", "--quiet", "-b", "main");
  git("config", "user.name", `maestro ${options.identity}`);
  git("config", "user.email", `${options.identity}@maestro.invalid`);
  for (const [key, value] of Object.entries(options.config ?? {})) git("config", key, value);
  git("add", "--all");
  git("commit", "--quiet", "-m", options.message);
}
