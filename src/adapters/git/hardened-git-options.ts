import type { SimpleGitOptions } from "simple-git";

/**
 * `-c` settings for every git command maestro runs itself: an agent can plant hooks or an fsmonitor in the
 * repository (worktrees share `.git/config` and hooks), and none of that may run under maestro's name.
 */
export const HARDENED_GIT_CONFIG: readonly string[] = [
  "core.hooksPath=/dev/null",
  "core.fsmonitor=false",
  "core.untrackedCache=false",
  "commit.gpgSign=false",
  "tag.gpgSign=false",
];

/** The environment for maestro's git commands: the given one, never prompting for credentials. */
export function hardenedGitEnv(base: Record<string, string | undefined>): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(base)) {
    // Variables that make git run another program (editor, pager, askpass) or read other config: simple-git 4
    // rejects them when passed explicitly, and maestro's own commands need none of them.
    if (value !== undefined && !/^(git_.*|editor|visual|pager|prefix|ssh_askpass)$/i.test(key))
      env[key] = value;
  }
  env.GIT_TERMINAL_PROMPT = "0";
  return env;
}

/** simple-git options that apply HARDENED_GIT_CONFIG (simple-git guards these keys unless allowed). */
export function hardenedSimpleGitOptions(baseDir: string): Partial<SimpleGitOptions> {
  return {
    baseDir,
    maxConcurrentProcesses: 1,
    trimmed: false,
    config: [...HARDENED_GIT_CONFIG],
    allowEnvironment: ["GIT_TERMINAL_PROMPT"],
    unsafe: { allowUnsafeHooksPath: true, allowUnsafeFsMonitor: true },
  };
}
