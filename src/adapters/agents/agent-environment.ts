/**
 * Variables never passed to an agent (nor to --setup / --verify): GitHub credentials, the Actions runtime
 * tokens that can mint more, and the App's own secrets. Matched case-insensitively; names ending in
 * `_TOKEN` under `GITHUB_`/`GH_`/`ACTIONS_` are removed as well.
 */
export const SECRET_ENV_NAMES: readonly string[] = [
  "GITHUB_TOKEN",
  "GH_TOKEN",
  "GH_ENTERPRISE_TOKEN",
  "GITHUB_ENTERPRISE_TOKEN",
  "INPUT_GITHUB-TOKEN",
  "INPUT_GITHUB_TOKEN",
  "INPUT_TOKEN",
  "ACTIONS_RUNTIME_TOKEN",
  "ACTIONS_ID_TOKEN_REQUEST_TOKEN",
  "ACTIONS_ID_TOKEN_REQUEST_URL",
  "ACTIONS_CACHE_URL",
  "ACTIONS_RUNTIME_URL",
  "ACTIONS_RESULTS_URL",
  "GITHUB_APP_PRIVATE_KEY",
  "APP_ID",
  "PRIVATE_KEY",
  "PRIVATE_KEY_PATH",
  "WEBHOOK_SECRET",
  "GITHUB_CLIENT_SECRET",
  "GITHUB_CLIENT_ID",
  "CLIENT_SECRET",
  "GIT_ASKPASS",
  "SSH_ASKPASS",
];

const SECRET_SET = new Set(SECRET_ENV_NAMES.map((n) => n.toUpperCase()));
// GIT_CONFIG_* can carry an `http.extraheader` with a token (that is how maestro hands git its token).
const SECRET_PATTERN = /^((GITHUB|GH|ACTIONS)_.*(TOKEN|SECRET|KEY)|GIT_CONFIG_.*)$/i;

/** True when a variable must not reach an agent. */
export function isSecretEnvName(name: string): boolean {
  return SECRET_SET.has(name.toUpperCase()) || SECRET_PATTERN.test(name);
}

/** `base` without secrets (and without unset variables). */
export function withoutSecrets(base: Record<string, string | undefined>): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(base)) {
    if (value !== undefined && !isSecretEnvName(name)) env[name] = value;
  }
  return env;
}

/**
 * Variables that tell git which repository, index and work tree to use (`git rev-parse --local-env-vars`).
 * maestro started from a git hook or an editor inherits them; passed on, they would make every agent's git
 * work on the main repository's index and branch instead of its own worktree.
 */
export const GIT_LOCATION_ENV_NAMES: readonly string[] = [
  "GIT_DIR",
  "GIT_WORK_TREE",
  "GIT_INDEX_FILE",
  "GIT_COMMON_DIR",
  "GIT_OBJECT_DIRECTORY",
  "GIT_ALTERNATE_OBJECT_DIRECTORIES",
  "GIT_IMPLICIT_WORK_TREE",
  "GIT_GRAFT_FILE",
  "GIT_NO_REPLACE_OBJECTS",
  "GIT_REPLACE_REF_BASE",
  "GIT_PREFIX",
  "GIT_INTERNAL_SUPER_PREFIX",
  "GIT_SHALLOW_FILE",
  "GIT_NAMESPACE",
  "GIT_CONFIG",
];

/**
 * The agent's environment: `base` without secrets and without git's repository-locating variables, plus
 * maestro's own variables (which win).
 */
export function agentEnvironment(
  base: Record<string, string | undefined>,
  extra: Record<string, string>,
): Record<string, string> {
  const env = withoutSecrets(base);
  for (const name of Object.keys(env)) {
    if (GIT_LOCATION_ENV_NAMES.includes(name.toUpperCase())) delete env[name];
  }
  return { ...env, ...extra };
}
