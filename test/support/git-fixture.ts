import { execFileSync } from "node:child_process";
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

/** Runs git in a directory and returns its output. */
export function git(cwd: string, ...args: string[]): string {
  return execFileSync("git", args, {
    cwd,
    encoding: "utf8",
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: "Test",
      GIT_AUTHOR_EMAIL: "test@example.com",
      GIT_COMMITTER_NAME: "Test",
      GIT_COMMITTER_EMAIL: "test@example.com",
    },
  }).trim();
}

/** The default task list of the fixture: three waves (T001 | T002 T003 | T004). */
export const DEMO_TASKS = [
  "# Tasks: demo",
  "",
  "- [ ] T001 Create the model in `src/model.ts`",
  "- [ ] T002 [P] Add the service in `src/service.ts`",
  "- [ ] T003 [P] Add the view in `src/view.ts`",
  "- [ ] T004 Wire it up in `src/main.ts`",
  "",
].join("\n");

/** A bare remote with `main` and a `feature` PR branch, plus a scratch clone to push "other people's" commits. */
export interface RemoteFixture {
  root: string;
  bare: string;
  /** A working clone, for pushing commits to the remote as a person would. */
  scratch: string;
  branch: string;
  /** The head of `feature`. */
  sha: string;
  /** Reads a file at the tip of a branch of the remote. */
  show(ref: string, path: string): string;
  /** Subjects of the commits of a branch, newest first. */
  log(ref: string): string[];
}

/** Builds the remote; `files` are added on the feature branch (default: the demo tasks.md). */
export function makeRemote(
  files: Record<string, string> = { "specs/001-demo/tasks.md": DEMO_TASKS },
): RemoteFixture {
  const root = mkdtempSync(join(tmpdir(), "maestro-gh-"));
  const bare = join(root, "remote.git");
  const scratch = join(root, "scratch");
  git(root, "init", "--quiet", "--bare", "--initial-branch=main", bare);
  git(root, "init", "--quiet", "--initial-branch=main", scratch);
  writeFileSync(join(scratch, "README.md"), "# demo\n");
  git(scratch, "add", ".");
  git(scratch, "commit", "--quiet", "-m", "Initial commit");
  git(scratch, "remote", "add", "origin", bare);
  git(scratch, "push", "--quiet", "origin", "main");
  git(scratch, "checkout", "--quiet", "-b", "feature");
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(scratch, path)), { recursive: true });
    writeFileSync(join(scratch, path), text);
  }
  git(scratch, "add", ".");
  git(scratch, "commit", "--quiet", "-m", "Add the spec");
  git(scratch, "push", "--quiet", "origin", "feature");
  const sha = git(scratch, "rev-parse", "HEAD");
  return {
    root,
    bare,
    scratch,
    branch: "feature",
    sha,
    show: (ref, path) => git(bare, "show", `${ref}:${path}`),
    log: (ref) => git(bare, "log", "--format=%s", ref).split("\n"),
  };
}

/** Pushes a commit to the remote's feature branch as a person would (from the scratch clone). */
export function pushPersonCommit(fixture: RemoteFixture, path: string, text: string): string {
  git(fixture.scratch, "pull", "--quiet", "--no-rebase", "origin", "feature");
  mkdirSync(dirname(join(fixture.scratch, path)), { recursive: true });
  writeFileSync(join(fixture.scratch, path), text);
  git(fixture.scratch, "add", ".");
  git(fixture.scratch, "commit", "--quiet", "-m", `Person edits ${path}`);
  git(fixture.scratch, "push", "--quiet", "origin", "feature");
  return git(fixture.scratch, "rev-parse", "HEAD");
}

/** Reads a JSON fixture from test/fixtures/github. */
export function fixture<T>(name: string): T {
  return JSON.parse(readFileSync(join(import.meta.dirname, "..", "fixtures", "github", name), "utf8")) as T;
}
