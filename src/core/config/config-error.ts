/** `.github/maestro.yml` (or an Action input) is wrong: names the file, the key and what is wrong. */
export class ConfigError extends Error {
  override readonly name = "ConfigError";
  constructor(
    readonly file: string,
    /** The key that is wrong (`task-timeout`), or null when the file as a whole is unreadable. */
    readonly key: string | null,
    readonly problem: string,
    readonly line: number | null = null,
  ) {
    super(`${file}${line === null ? "" : `:${line}`}: ${key === null ? "" : `\`${key}\`: `}${problem}`);
  }
}
