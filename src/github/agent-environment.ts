/** Variables that carry GitHub credentials (or the Action's runtime tokens) and never reach an agent. */
const SECRET_NAME =
  /^(GITHUB_TOKEN|GH_TOKEN|GH_ENTERPRISE_TOKEN|GITHUB_ENTERPRISE_TOKEN|INPUT_GITHUB-TOKEN|ACTIONS_RUNTIME_TOKEN|ACTIONS_ID_TOKEN_REQUEST_TOKEN|ACTIONS_ID_TOKEN_REQUEST_URL|PRIVATE_KEY|PRIVATE_KEY_PATH|WEBHOOK_SECRET|GIT_CONFIG_.*)$/i;

/** The environment for agents: the host's, without GitHub credentials or the App's secrets. */
export function agentEnvironment(
  env: Record<string, string | undefined>,
): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(env).filter(([name]) => !SECRET_NAME.test(name)));
}
