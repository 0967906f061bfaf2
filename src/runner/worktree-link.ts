import { lstat, readFile } from "node:fs/promises";
import { isAbsolute, join, resolve } from "node:path";

/** How a task's worktree is tied to the repository: its `.git` file and its admin folder's `commondir`. */
export interface WorktreeLink {
  worktree: string;
  gitFile: string;
  adminDir: string;
  commondir: string | null;
  configWorktree: string | null;
}

async function readOrNull(path: string): Promise<string | null> {
  try {
    return await readFile(path, "utf8");
  } catch {
    return null;
  }
}

/** Records the link right after `git worktree add`, before the agent runs. */
export async function captureWorktreeLink(worktree: string): Promise<WorktreeLink> {
  const gitFile = await readFile(join(worktree, ".git"), "utf8");
  const pointer = /^gitdir: (.*)$/m.exec(gitFile)?.[1]?.trim() ?? "";
  const adminDir = isAbsolute(pointer) ? pointer : resolve(worktree, pointer);
  return {
    worktree,
    gitFile,
    adminDir,
    commondir: await readOrNull(join(adminDir, "commondir")),
    configWorktree: await readOrNull(join(adminDir, "config.worktree")),
  };
}

/**
 * How the agent changed the link, one line per change; empty when intact. A rewritten link would make
 * maestro's next git command in that folder run in a repository the agent chose (its config, its filters).
 */
export async function worktreeLinkChanges(link: WorktreeLink): Promise<string[]> {
  const problems: string[] = [];
  const dotGit = join(link.worktree, ".git");
  const info = await lstat(dotGit).catch(() => null);
  if (info === null || !info.isFile()) problems.push(".git is no longer a file");
  else if ((await readOrNull(dotGit)) !== link.gitFile) problems.push(".git points somewhere else");
  if ((await readOrNull(join(link.adminDir, "commondir"))) !== link.commondir) {
    problems.push(`${join(link.adminDir, "commondir")} changed`);
  }
  if ((await readOrNull(join(link.adminDir, "config.worktree"))) !== link.configWorktree) {
    problems.push(`${join(link.adminDir, "config.worktree")} changed`);
  }
  return problems;
}
