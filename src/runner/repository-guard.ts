import { lstat, mkdir, readdir, readFile, rm, writeFile, chmod } from "node:fs/promises";
import { dirname, join, relative } from "node:path";
import pLimit from "p-limit";
import type { GitRepository } from "../adapters/git/git-repository.js";

/** What `check()` found: changes it put back, and changes to the main work tree it left alone. */
export interface GuardFindings {
  reverted: string[];
  workTree: string[];
}

/** A file under `.git` as it was: its bytes and mode, or absent. */
type FileState = { content: Buffer; mode: number } | null;

/**
 * Files in the shared git directory that make git run programs or change what it does, for every worktree:
 * the config (filters, merge drivers, fsmonitor, hooksPath, include), attributes, excludes, alternates.
 */
const WATCHED_FILES = [
  "config",
  "config.worktree",
  "info/attributes",
  "info/exclude",
  "objects/info/alternates",
];
/** Refs an agent has no business moving: the user's branches (maestro's own excepted), tags and notes. */
const WATCHED_REFS = ["refs/heads/", "refs/tags/", "refs/notes/"];
const OWN_BRANCHES = "refs/heads/maestro/";
const MAX_HOOK_FILES = 500;

async function readState(path: string): Promise<FileState> {
  try {
    const info = await lstat(path);
    if (!info.isFile())
      return { content: Buffer.from(`<${info.isDirectory() ? "directory" : "special"}>`), mode: -1 };
    return { content: await readFile(path), mode: info.mode & 0o7777 };
  } catch {
    return null;
  }
}

function same(a: FileState, b: FileState): boolean {
  if (a === null || b === null) return a === b;
  return a.mode === b.mode && a.content.equals(b.content);
}

/** Every file under `dir` (relative paths), directories as entries of their own; empty when absent. */
async function walk(dir: string, base = dir, out: string[] = []): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return out;
  }
  for (const name of names.sort()) {
    if (out.length >= MAX_HOOK_FILES) break;
    const path = join(dir, name);
    out.push(relative(base, path));
    if ((await lstat(path)).isDirectory()) await walk(path, base, out);
  }
  return out;
}

/**
 * Watches what agents could change outside their worktrees to make git (maestro's, later the user's) run
 * their code or lose commits: the shared `.git` config, attributes and hooks, the main worktree's HEAD, the
 * user's refs, and the main work tree itself. maestro cannot sandbox an agent, so it checks after the fact:
 * `check()` reports every change since `capture()`, puts `.git` files and refs back as they were, and leaves
 * the main work tree alone (an edit there may be the user's). Checks run one at a time. Only `.git` itself is
 * watched for new files under hooks/; anything an agent writes elsewhere on the machine is beyond it.
 */
export class RepositoryGuard {
  private files = new Map<string, FileState>();
  private refs = new Map<string, string>();
  private readonly serial = pLimit(1);

  private constructor(
    private readonly main: GitRepository,
    private readonly commonDir: string,
    /** Files of the main worktree's own git directory (its HEAD, a linked worktree's config.worktree). */
    private readonly ownFiles: Record<string, string>,
  ) {}

  /** Records the current state; call again whenever maestro itself has changed it (after each wave). */
  static async capture(main: GitRepository, commonDir: string): Promise<RepositoryGuard> {
    const guard = new RepositoryGuard(main, commonDir, {
      HEAD: await main.pathInGitDir("HEAD"),
      "config.worktree": await main.pathInGitDir("config.worktree"),
    });
    await guard.recapture();
    return guard;
  }

  /** Takes the current state as the good one (no agent may be running). */
  recapture(): Promise<void> {
    return this.serial(async () => {
      this.files = await this.readFiles();
      this.refs = await this.readRefs();
    });
  }

  private async watchedPaths(): Promise<Map<string, string>> {
    const paths = new Map<string, string>();
    for (const name of WATCHED_FILES) paths.set(`.git/${name}`, join(this.commonDir, name));
    for (const path of Object.values(this.ownFiles)) {
      const shown = relative(this.commonDir, path).startsWith("..")
        ? path
        : `.git/${relative(this.commonDir, path)}`;
      paths.set(shown, path);
    }
    for (const name of await walk(join(this.commonDir, "hooks"))) {
      paths.set(`.git/hooks/${name}`, join(this.commonDir, "hooks", name));
    }
    return paths;
  }

  private async readFiles(): Promise<Map<string, FileState>> {
    const states = new Map<string, FileState>();
    for (const [shown, path] of await this.watchedPaths())
      states.set(`${shown}\0${path}`, await readState(path));
    return states;
  }

  private readRefs(): Promise<Map<string, string>> {
    return this.main.listRefs(WATCHED_REFS).then((refs) => {
      for (const ref of [...refs.keys()]) if (ref.startsWith(OWN_BRANCHES)) refs.delete(ref);
      return refs;
    });
  }

  /**
   * What changed since the last capture, one line per change; `.git` files and refs are put back first, so
   * the git commands that follow (maestro's own) run as the user set git up. The main work tree is reported
   * but not touched.
   */
  check(): Promise<GuardFindings> {
    return this.serial(async () => {
      const findings: string[] = [];
      // Files first, with no git command run before they are restored: a planted config could hook into it.
      const now = await this.readFiles();
      for (const key of new Set([...this.files.keys(), ...now.keys()])) {
        const before = this.files.get(key) ?? null;
        const after = now.get(key) ?? null;
        if (same(before, after)) continue;
        const [shown = key, path = key] = key.split("\0");
        findings.push(`${before === null ? "added" : after === null ? "deleted" : "changed"} ${shown}`);
        await restore(path, before);
      }
      const refs = await this.readRefs();
      for (const [ref, object] of this.refs) {
        const current = refs.get(ref);
        if (current === object) continue;
        findings.push(current === undefined ? `deleted ${ref}` : `moved ${ref}`);
        await this.main.updateRef(ref, object);
      }
      const dirty = await this.main.statusLines();
      return { reverted: findings, workTree: dirty.slice(0, 20) };
    });
  }
}

async function restore(path: string, state: FileState): Promise<void> {
  if (state === null) {
    await rm(path, { recursive: true, force: true });
    return;
  }
  if (state.mode === -1) {
    // A directory (under hooks): make sure it exists; its files are restored one by one.
    await rm(path, { force: true }).catch(() => undefined);
    await mkdir(path, { recursive: true });
    return;
  }
  await rm(path, { recursive: true, force: true });
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, state.content);
  await chmod(path, state.mode);
}
