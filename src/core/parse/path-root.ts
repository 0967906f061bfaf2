/** Where a written path starts, read from its spelling alone. */
export type PathRoot =
  /**
   * Repository-relative text, not normalised yet: as written (`src/a.ts`, `./a`, `../x`), rooted (`/x/y.ts`
   * without its slash), after a CI checkout prefix, or after an ellipsis standing for folders the author
   * left out (`…/api/x.kt`, elided); alternatives are other readings, least likely last.
   */
  | { text: string; kind: "relative" | "rooted" | "checkout" | "elided"; alternatives: string[] }
  /** Outside the repository: a system folder, a home folder, another drive; why, for the warning. */
  | { outside: string }
  /** Not a path at all (an unknown `$VARIABLE/...`). */
  | null;

// Folders left out with an ellipsis ("the package, shortened to `…/` below"): one character or three dots.
export const ELLIPSIS = "…";
const ELIDED_HEAD = /^(?:…|\.{3})\//;

const ABSOLUTE = "it is an absolute path, outside the repository";
const HOME = "it is in a home folder, outside the repository";

// Where CI services and cloud workspaces check a repository out (each service's documented default):
// GitHub-hosted runners (Linux, macOS) and container jobs, GitHub container actions, GitLab's Docker
// executor, Travis, CircleCI, Bitbucket Pipelines, Azure Pipelines, Drone, Jenkins, Codespaces and dev
// containers (/workspaces/<repo>). What follows the prefix is the repository root.
const CHECKOUT_PREFIXES: readonly RegExp[] = [
  /^\/home\/runner\/work\/[^/]+\/[^/]+\//,
  /^\/Users\/runner\/work\/[^/]+\/[^/]+\//,
  /^\/__w\/[^/]+\/[^/]+\//,
  /^\/github\/workspace\//,
  /^\/builds\/[^/]+\/[^/]+\//,
  /^\/home\/travis\/build\/[^/]+\/[^/]+\//,
  /^\/home\/circleci\/project\//,
  /^\/opt\/atlassian\/pipelines\/agent\/build\//,
  /^\/home\/vsts\/work\/\d+\/s\//,
  /^\/drone\/src\//,
  /^\/var\/(?:lib\/jenkins|jenkins_home)\/workspace\/[^/]+\//,
  /^\/workspaces\/[^/]+\//,
  /^[A-Za-z]:\/a\/[^/]+\/[^/]+\//,
];

// Google Cloud Build checks out into /workspace/ itself, Gitpod into /workspace/<repo>/: the first reading
// is the default, the repository (--repo) settles it.
const WORKSPACE = /^\/workspace\/([^/]+\/)/;

// Variables that hold the repository's checkout: CI services' (GitHub, GitLab, Bitbucket, CircleCI, Azure,
// Travis, Jenkins), VS Code's ${workspaceFolder}, and the conventional REPO_ROOT / PROJECT_ROOT.
const CHECKOUT_VARIABLES =
  /^\$(?:\{)?(GITHUB_WORKSPACE|CI_PROJECT_DIR|BITBUCKET_CLONE_DIR|CIRCLE_WORKING_DIRECTORY|BUILD_SOURCESDIRECTORY|BUILD_REPOSITORY_LOCALPATH|TRAVIS_BUILD_DIR|WORKSPACE|workspaceFolder|REPO_ROOT|REPO_DIR|PROJECT_ROOT|PROJECT_DIR)(?:\})?\//;
const HOME_VARIABLES = /^(?:\$\{?(?:HOME|USERPROFILE)\}?|%USERPROFILE%|%HOMEPATH%)(?:\/|$)/;

// Top-level folders of Unix-like systems and macOS that a repository's own paths do not start with.
const SYSTEM_ROOTS =
  /^\/(?:usr|etc|tmp|var|opt|proc|dev|bin|sbin|lib|lib32|lib64|libx32|boot|sys|run|mnt|media|srv|snap|nix|root|private|cores|Library|System|Applications|Volumes)(?:\/|$)/;
const HOME_ROOTS = /^\/(?:home|Users)\/[^/]+(?:\/|$)/;

/**
 * Reads where a written path starts. `/x/y.ts` is rooted at the repository unless it starts with a system
 * or home folder; CI checkout prefixes and checkout variables are stripped; `a\b\c.cs` uses `/`.
 */
export function readPathRoot(written: string): PathRoot {
  if (/^\\\\|^\/\//.test(written)) return { outside: "it is a network path, outside the repository" };
  const text = slashes(written);
  const elided = ELIDED_HEAD.exec(text);
  if (elided) return { text: text.slice(elided[0].length), kind: "elided", alternatives: [] };
  if (/^~[^/]*(?:\/|$)/.test(text) || HOME_VARIABLES.test(text)) return { outside: HOME };
  const variable = CHECKOUT_VARIABLES.exec(text);
  if (variable) return { text: text.slice(variable[0].length), kind: "checkout", alternatives: [] };
  if (/^[$%]/.test(text)) return null;
  for (const prefix of CHECKOUT_PREFIXES) {
    const m = prefix.exec(text);
    if (m) return { text: text.slice(m[0].length), kind: "checkout", alternatives: [] };
  }
  if (/^[A-Za-z]:(?:\/|$)/.test(text))
    return { outside: "it is on a drive (C:\\...), outside the repository" };
  if (!text.startsWith("/")) return { text, kind: "relative", alternatives: [] };
  const workspace = WORKSPACE.exec(text);
  if (workspace) {
    const rest = text.slice("/workspace/".length);
    return { text: rest, kind: "checkout", alternatives: [rest.slice((workspace[1] ?? "").length)] };
  }
  if (SYSTEM_ROOTS.test(text)) return { outside: ABSOLUTE };
  if (HOME_ROOTS.test(text)) return { outside: HOME };
  return { text: text.slice(1), kind: "rooted", alternatives: [] };
}

/** What an elided path (`…/api/x.kt`) names after its ellipsis (`api/x.kt`); null for any other path. */
export function elidedTail(path: string): string | null {
  return path.startsWith(`${ELLIPSIS}/`) ? path.slice(ELLIPSIS.length + 1) : null;
}

/**
 * The written form of a path whose leading folders an ellipsis stands for (`…/api/x.kt`, `.../api/x.kt`):
 * the ellipsis as one character, then the path maestro read after it. Null for any other path.
 */
export function elidedPath(root: PathRoot, normal: string): string | null {
  return root !== null && "kind" in root && root.kind === "elided" ? `${ELLIPSIS}/${normal}` : null;
}

/**
 * Windows separators to `/`. A backslash before `_`, `*`, `#`, brackets and the like is a Markdown escape
 * (`my\_file.py`), not a separator.
 */
function slashes(written: string): string {
  return written.replace(/\\([_*#[\]()!<>`~|])/g, "$1").replace(/\\/g, "/");
}
