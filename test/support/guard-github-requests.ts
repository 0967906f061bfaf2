import { appendFileSync } from "node:fs";
import { createRequire } from "node:module";
import { afterAll, afterEach, beforeAll, beforeEach } from "vitest";
import { checkedRequests, failOnViolations } from "./github-request-log.js";

/**
 * Vitest setup file (every test file): a request to GitHub's API that its description rejects fails the
 * test that sent it. Requests are checked where they arrive (github-request-guard.ts); this file hooks
 * nock when the test file uses it and turns the logged problems into a failure.
 */

const require = createRequire(import.meta.url);

// The log is per process, and a process may run several test files: count from this file's start.
let checkedBefore = 0;
beforeAll(() => {
  checkedBefore = checkedRequests();
});

beforeEach(async () => {
  // Test files import nock before their tests run; the validator is loaded only for those files.
  if (require.cache[require.resolve("nock")]) (await import("./github-request-guard.js")).guardLoadedNock();
});

afterEach(failOnViolations);

afterAll(() => {
  // Requests made after the last test ended (a run in the background) fail the file.
  reportCount();
  failOnViolations();
});

/** With MAESTRO_COUNT_GITHUB_REQUESTS=<file>, appends how many requests this test file had checked. */
function reportCount(): void {
  const file = process.env.MAESTRO_COUNT_GITHUB_REQUESTS;
  const checked = checkedRequests() - checkedBefore;
  if (file && checked > 0) appendFileSync(file, `${checked}\n`);
}
