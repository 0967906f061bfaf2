import nock from "nock";
import { afterEach, describe, expect, it } from "vitest";
import { createActionOctokit } from "../../../src/adapters/github/create-action-octokit.js";
import { API, blockNetwork, REPO_PATH } from "../../support/github-api.js";

afterEach(() => {
  expect(nock.pendingMocks()).toEqual([]);
  nock.cleanAll();
});

describe("createActionOctokit", () => {
  it("waits for retry-after on a secondary rate limit, then retries", async () => {
    const network = blockNetwork();
    const warnings: string[] = [];
    const client = createActionOctokit("t", {
      fetch: globalThis.fetch,
      retryAfterBaseValue: 1,
      log: { warn: (m) => warnings.push(m) },
    });
    nock(API)
      .get(REPO_PATH)
      .reply(403, { message: "You have exceeded a secondary rate limit." }, { "retry-after": "7" });
    nock(API).get(REPO_PATH).reply(200, { full_name: "acme/demo" });
    const { data } = await client.rest.repos.get({ owner: "acme", repo: "demo" });
    expect(data.full_name).toBe("acme/demo");
    expect(warnings).toEqual([`secondary rate limit hit on GET /repos/{owner}/{repo}; retrying in 7 s`]);
    expect(network.unmatched).toEqual([]);
  });

  it("retries a 5xx", async () => {
    blockNetwork();
    const client = createActionOctokit("t", {
      fetch: globalThis.fetch,
      retryAfterBaseValue: 1,
      throttle: false,
    });
    nock(API).patch(`${REPO_PATH}/check-runs/1`).reply(503, { message: "unavailable" });
    nock(API).patch(`${REPO_PATH}/check-runs/1`).reply(200, { id: 1, status: "in_progress" });
    const { data } = await client.rest.checks.update({
      owner: "acme",
      repo: "demo",
      check_run_id: 1,
      status: "in_progress",
    });
    expect(data.status).toBe("in_progress");
  });
});
