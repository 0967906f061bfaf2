import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { isAbsolute, join, relative, resolve } from "node:path";

/**
 * Files at the repository root that decide what a setup such as `npm ci` or `pip install -r` installs:
 * lockfiles, manifests and tool-version pins. When none of them changed, a slot's setup is still good.
 */
const SETUP_INPUT_NAMES = new Set([
  "package.json",
  "package-lock.json",
  "npm-shrinkwrap.json",
  "yarn.lock",
  "pnpm-lock.yaml",
  "pnpm-workspace.yaml",
  "bun.lock",
  "bun.lockb",
  ".npmrc",
  ".yarnrc.yml",
  ".nvmrc",
  ".node-version",
  ".tool-versions",
  ".python-version",
  "pyproject.toml",
  "poetry.lock",
  "uv.lock",
  "Pipfile",
  "Pipfile.lock",
  "setup.py",
  "setup.cfg",
  "Cargo.toml",
  "Cargo.lock",
  "rust-toolchain.toml",
  "go.mod",
  "go.sum",
  "Gemfile",
  "Gemfile.lock",
  "composer.json",
  "composer.lock",
  "mix.exs",
  "mix.lock",
  "pubspec.yaml",
  "pubspec.lock",
  "Podfile.lock",
  "gradle.lockfile",
  "packages.lock.json",
]);
const SETUP_INPUT_PATTERNS = [/^requirements.*\.(txt|in)$/, /^constraints.*\.txt$/];

/** The setup's inputs in one worktree: their names, and one hash of their names and contents. */
export interface SetupInputs {
  files: string[];
  hash: string;
}

/** Whether a file at the repository root is one of the setup's inputs. */
export function isSetupInput(name: string): boolean {
  return SETUP_INPUT_NAMES.has(name) || SETUP_INPUT_PATTERNS.some((p) => p.test(name));
}

/**
 * Hashes the setup's inputs in `worktree`: the root files isSetupInput names, plus the setup's own script
 * when its command is a file inside the worktree (`./scripts/setup.sh`).
 */
export async function readSetupInputs(worktree: string, setup: readonly string[]): Promise<SetupInputs> {
  const root = await readdir(worktree, { withFileTypes: true });
  const files = root.filter((e) => e.isFile() && isSetupInput(e.name)).map((e) => e.name);
  const script = scriptInside(worktree, setup[0]);
  if (script !== null && !files.includes(script)) files.push(script);
  files.sort();
  const hash = createHash("sha256");
  for (const file of files) {
    const content = await readFile(join(worktree, file)).catch(() => null);
    // A NUL never appears in a path: name and content cannot run into the next file's.
    hash.update(`${file}\0${content === null ? "-" : content.length}\0`);
    if (content !== null) hash.update(content);
  }
  return { files, hash: hash.digest("hex") };
}

/** The setup command as a path relative to the worktree, when it names a file inside it. */
function scriptInside(worktree: string, command: string | undefined): string | null {
  if (command === undefined || isAbsolute(command) || !command.includes("/")) return null;
  const path = relative(worktree, resolve(worktree, command)).split("\\").join("/");
  return path.startsWith("../") ? null : path;
}
