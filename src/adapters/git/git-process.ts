import { execFile } from "node:child_process";
import type { SimpleGit } from "simple-git";
import { HARDENED_GIT_CONFIG } from "./hardened-git-options.js";

/** Beyond this much output git is stopped and the command fails (a `status` of a huge work tree). */
const MAX_OUTPUT_BYTES = 256 * 1024 * 1024;

/** How the concept modules run git in one directory. */
export interface GitChannel {
  readonly dir: string;
  /** simple-git, for commands that print (and `merge`, whose conflicts it parses). */
  readonly git: SimpleGit;
  /** A plain git process, for commands that may print nothing (see runGitProcess). */
  quiet(args: string[]): Promise<string>;
}

/**
 * Runs git as a plain child process with maestro's hardened settings and returns its stdout; a failure
 * rejects with git's stderr. For commands that often print nothing: simple-git waits 50 ms after every
 * command that printed nothing (its completion detection), and these would pay it on every task.
 */
export function runGitProcess(dir: string, args: string[], env: Record<string, string>): Promise<string> {
  const config = HARDENED_GIT_CONFIG.flatMap((setting) => ["-c", setting]);
  const options = { cwd: dir, env, maxBuffer: MAX_OUTPUT_BYTES, encoding: "utf8" as const };
  return new Promise((resolve, reject) => {
    execFile("git", [...config, ...args], options, (error, stdout, stderr) => {
      if (error) reject(new Error(stderr.trim() || error.message));
      else resolve(stdout);
    });
  });
}
