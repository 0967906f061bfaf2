/**
 * Splits a configured command (`npm test`) into argv. Words are separated by spaces; anything a shell
 * would interpret is refused rather than guessed at, because maestro never runs a shell.
 * Returns the argv, or a problem to report.
 */
export function parseCommandLine(text: string): { argv: string[] } | { problem: string } {
  const trimmed = text.trim();
  if (trimmed === "") return { problem: "is empty" };
  const special = /[|&;<>()$`\\"'*?{}[\]~#\n]/.exec(trimmed);
  if (special) {
    return {
      problem: `contains \`${special[0] === "\n" ? "a newline" : special[0]}\`; maestro runs no shell: give the command as a list of words instead`,
    };
  }
  return { argv: trimmed.split(/\s+/) };
}
