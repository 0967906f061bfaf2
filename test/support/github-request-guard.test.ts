import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import nock from "nock";
import { afterEach, describe, expect, it } from "vitest";
import { API, blockNetwork } from "./github-api.js";
import { guardGitHubRequest, refuseInvalidRequest } from "./github-request-guard.js";
import { checkedRequests, failOnViolations, takeViolations } from "./github-request-log.js";

afterEach(() => {
  nock.cleanAll();
});

async function send(origin: string, method: string, path: string, body?: object): Promise<void> {
  await fetch(`${origin}${path}`, {
    method,
    headers: { "content-type": "application/json" },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
}

describe("the request guard", () => {
  it("checks every request a nock scope answers for api.github.com, whoever made the scope", async () => {
    blockNetwork();
    nock(API).post("/repos/acme/demo/check-runs").reply(201, { id: 1 });
    nock(API).post("/repos/acme/demo/check-runs").reply(201, { id: 2 });
    const before = checkedRequests();
    await send(API, "POST", "/repos/acme/demo/check-runs", {
      name: "maestro",
      head_sha: "a",
      status: "completed",
    });
    await send(API, "POST", "/repos/acme/demo/check-runs", { name: "maestro", head_sha: "a" });
    expect(checkedRequests() - before).toBe(2);
    // Taken here, so that this test does not fail for the bad request it sent on purpose.
    expect(takeViolations()).toEqual([
      "POST /repos/acme/demo/check-runs (checks/create): `conclusion` is required when `status` is `completed`",
    ]);
  });

  it("checks an Enterprise Server's API under /api/v3, and nothing on other hosts", async () => {
    blockNetwork();
    nock("https://ghe.example.com").get("/api/v3/repos/acme/demo/no-such-thing").reply(404, {});
    nock("https://other.example.com").get("/repos/acme/demo/no-such-thing").reply(404, {});
    await send("https://ghe.example.com", "GET", "/api/v3/repos/acme/demo/no-such-thing");
    await send("https://other.example.com", "GET", "/repos/acme/demo/no-such-thing");
    expect(takeViolations()).toEqual([
      "GET /api/v3/repos/acme/demo/no-such-thing: unknown path: no operation of GitHub's REST API has this path",
    ]);
  });

  it("fails the test with every logged problem, naming method, path and rule, then starts afresh", () => {
    guardGitHubRequest({
      method: "post",
      url: "/repos/acme/demo/issues/comments/1/reactions",
      body: { content: "party" },
    });
    guardGitHubRequest({ method: "PUT", url: "/repos/acme/demo/check-runs" });
    expect(failOnViolations).toThrow(
      [
        "GitHub's API description rejects requests the test sent:",
        "  POST /repos/acme/demo/issues/comments/1/reactions (reactions/create-for-issue-comment): body.content must be equal to one of the allowed values (+1, -1, laugh, confused, heart, hooray, rocket, eyes)",
        "  PUT /repos/acme/demo/check-runs: unknown method: this path takes POST",
      ].join("\n"),
    );
    expect(failOnViolations).not.toThrow();
  });

  it("lets a stand-in HTTP server refuse what GitHub would refuse, as GitHub does", async () => {
    blockNetwork();
    const server = createServer((req, res) => {
      let body = "";
      req.on("data", (chunk: Buffer) => (body += chunk.toString()));
      req.on("end", () => {
        const request = { method: req.method ?? "GET", url: req.url ?? "/", body };
        if (!refuseInvalidRequest(request, res)) res.writeHead(201).end("{}");
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const good = { name: "maestro", head_sha: "a" };
      const statuses = [];
      for (const body of [good, { ...good, status: "completed" }]) {
        const res = await fetch(`${origin}/api/v3/repos/acme/demo/check-runs`, {
          method: "POST",
          body: JSON.stringify(body),
        });
        statuses.push(res.status);
      }
      expect(statuses).toEqual([201, 422]);
      expect(takeViolations()).toEqual([
        "POST /api/v3/repos/acme/demo/check-runs (checks/create): `conclusion` is required when `status` is `completed`",
      ]);
    } finally {
      server.close();
    }
  });
});
