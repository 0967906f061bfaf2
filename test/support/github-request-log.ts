/**
 * The requests to GitHub's API the suite's stand-ins checked in this process, and the rules they broke
 * that no test has been failed for yet. Kept apart from the validator so the per-file setup
 * (guard-github-requests.ts) can read it without loading the validator in files that never call GitHub.
 */
interface RequestLog {
  checked: number;
  violations: string[];
}

// One log per process, whichever copy of this module a test file and the setup file load.
const KEY = Symbol.for("maestro.test.github-request-log");
const log = ((globalThis as Record<symbol, RequestLog | undefined>)[KEY] ??= { checked: 0, violations: [] });

/** Counts one checked request and keeps its problems. */
export function logCheckedRequest(problems: string[]): void {
  log.checked++;
  log.violations.push(...problems);
}

/** The problems recorded since the last call; clears them. */
export function takeViolations(): string[] {
  return log.violations.splice(0);
}

/** How many requests were checked in this process. */
export function checkedRequests(): number {
  return log.checked;
}

/** Throws one error listing every problem recorded since the last call (a test's failure message). */
export function failOnViolations(): void {
  const violations = takeViolations();
  if (violations.length === 0) return;
  throw new Error(`GitHub's API description rejects requests the test sent:\n  ${violations.join("\n  ")}`);
}
