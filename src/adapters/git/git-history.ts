import type { GitChannel } from "./git-process.js";

/** One path a commit changed (`git diff-tree --raw`): its new mode and object, and how it changed. */
export interface ChangedEntry {
  path: string;
  /** The mode after the change (`100644`, `120000` for a symlink, `000000` when deleted). */
  mode: string;
  object: string;
  /** A (added), M, D, T (type changed), ... */
  status: string;
}

/** One commit of a first-parent history, and whether it changed one of the paths asked about. */
export interface HistoryEntry {
  sha: string;
  message: string;
  touchesPaths: boolean;
}

/** Files that differ between two commits (a rename counts as both paths). */
export async function changedFiles(c: GitChannel, from: string, to: string): Promise<string[]> {
  const out = await c.git.raw(["diff", "--name-only", "--no-renames", "-z", from, to]);
  return out.split("\0").filter(Boolean);
}

/** The commits in `head` that are not in `base`, oldest first. */
export async function commitsBetween(c: GitChannel, base: string, head: string): Promise<string[]> {
  return (await c.git.raw(["rev-list", "--reverse", `${base}..${head}`, "--"])).split("\n").filter(Boolean);
}

/** Every path a commit changed against each of its parents (against nothing for a root commit). */
export async function commitChanges(c: GitChannel, commit: string): Promise<ChangedEntry[]> {
  const args = ["diff-tree", "-r", "-z", "--raw", "--no-abbrev", "--no-renames", "--no-commit-id"];
  return parseRawDiff(await c.git.raw([...args, "-m", "--root", commit]));
}

/** The paths that differ between two commits, with their new modes and objects. */
export async function diffEntries(c: GitChannel, from: string, to: string): Promise<ChangedEntry[]> {
  return parseRawDiff(await c.git.raw(["diff", "--raw", "-z", "--no-renames", "--no-abbrev", from, to]));
}

/**
 * The last `limit` commits of HEAD's first-parent history, newest first, each with its message and
 * whether it changed one of `paths` against its first parent.
 */
export async function firstParentHistory(
  c: GitChannel,
  limit: number,
  paths: string[],
): Promise<HistoryEntry[]> {
  const recent = ["log", "--first-parent", `-n${limit}`];
  const log = await c.git.raw([...recent, "--format=%H%x1f%B%x1e", "HEAD"]);
  const touching = new Set(
    paths.length === 0
      ? []
      : (await c.git.raw([...recent, "--format=%H", "HEAD", "--", ...paths])).split("\n"),
  );
  return log
    .split("\x1e")
    .map((entry) => entry.replace(/^\n/, ""))
    .filter((entry) => entry.includes("\x1f"))
    .map((entry) => {
      const [sha = "", message = ""] = entry.split("\x1f");
      return { sha, message, touchesPaths: touching.has(sha) };
    });
}

/** A file's content in HEAD, or null when HEAD has no such file. */
export async function showAtHead(c: GitChannel, path: string): Promise<string | null> {
  try {
    return await c.git.raw(["show", `HEAD:${path}`]);
  } catch {
    return null;
  }
}

/** The content of a blob, as text (symlink targets). */
export function readBlob(c: GitChannel, object: string): Promise<string> {
  return c.git.raw(["cat-file", "blob", object]);
}

/** Parses `git diff-tree -r -z --raw` output. */
export function parseRawDiff(text: string): ChangedEntry[] {
  const fields = text.split("\0");
  const entries: ChangedEntry[] = [];
  for (let i = 0; i + 1 < fields.length; i += 2) {
    const meta = fields[i] ?? "";
    if (!meta.startsWith(":")) {
      i -= 1; // a commit id line (only with -m on a merge): skip one field
      continue;
    }
    const [, newMode = "", , newObject = "", status = ""] = meta.slice(1).split(" ");
    entries.push({ path: fields[i + 1] ?? "", mode: newMode, object: newObject, status: status.slice(0, 1) });
  }
  return entries;
}
