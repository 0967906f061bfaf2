import { ConfigError } from "../../core/config/config-error.js";
import { EMPTY_CONFIG, parseMaestroConfig, type MaestroConfig } from "../../core/config/maestro-config.js";
import { httpStatusOf, type GitHubClient, type RepoRef } from "./github-client.js";

/** Where the configuration lives in a repository. */
export const CONFIG_PATH = ".github/maestro.yml";

/**
 * Reads `.github/maestro.yml` from the default branch (never from the PR head: a pull request must not
 * be able to change how maestro runs it). A missing file is an empty config; a bad one a ConfigError.
 */
export async function readRepositoryConfig(
  client: GitHubClient,
  repo: RepoRef,
  defaultBranch: string,
): Promise<MaestroConfig> {
  let content: string;
  try {
    const { data } = await client.rest.repos.getContent({ ...repo, path: CONFIG_PATH, ref: defaultBranch });
    if (Array.isArray(data) || data.type !== "file" || !("content" in data)) {
      throw new ConfigError(CONFIG_PATH, null, "is not a file");
    }
    // Over 1 MB, GitHub sends no content (`encoding: "none"`): that is a config too large, never an empty one.
    if ("encoding" in data && data.encoding !== "base64") {
      throw new ConfigError(CONFIG_PATH, null, `is ${data.size} bytes, larger than 64 KiB`);
    }
    content = Buffer.from(data.content, "base64").toString("utf8");
  } catch (error) {
    if (httpStatusOf(error) === 404) return { ...EMPTY_CONFIG };
    throw error;
  }
  return parseMaestroConfig(content, CONFIG_PATH);
}
