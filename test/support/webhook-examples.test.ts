import { describe, expect, it } from "vitest";
import {
  issueCommentEvent,
  requestedActionEvent,
  webhookExample,
  workflowDispatchEvent,
} from "./webhook-examples.js";

const where = { cloneUrl: "/tmp/remote.git" };

describe("webhook examples", () => {
  it("serves GitHub's recorded payloads, a fresh copy each time", () => {
    const first = webhookExample("issue_comment", "created") as { comment: { node_id: string } };
    expect(first.comment.node_id).toMatch(/^MDEy/);
    first.comment.node_id = "changed";
    expect((webhookExample("issue_comment", "created") as typeof first).comment.node_id).not.toBe("changed");
    expect(() => webhookExample("check_run", "exploded")).toThrow("no check_run.exploded example");
  });

  it("moves a comment to a pull request of acme/demo, changing only what the scenario needs", () => {
    const original = webhookExample("issue_comment", "created") as { repository: { full_name: string } };
    const payload = issueCommentEvent(where, { body: "/maestro plan", number: 9, user: "bob" });
    const text = JSON.stringify(payload);
    expect(text).not.toContain(original.repository.full_name);
    expect(payload).toMatchObject({
      action: "created",
      issue: {
        number: 9,
        state: "open",
        pull_request: { url: "https://api.github.com/repos/acme/demo/pulls/9" },
      },
      comment: { id: 1001, body: "/maestro plan", user: { login: "bob", type: "User" } },
      repository: {
        full_name: "acme/demo",
        name: "demo",
        owner: { login: "acme" },
        clone_url: "/tmp/remote.git",
        default_branch: "main",
      },
      sender: { login: "bob", type: "User" },
      installation: { id: 42 },
    });
    // The rest is GitHub's: the example's many fields are still there.
    expect(Object.keys(payload.repository as object).length).toBeGreaterThan(50);
    expect(issueCommentEvent(where, { body: "x", onIssue: true })).not.toHaveProperty("issue.pull_request");
  });

  it("makes a click on a button of maestro's check run, and a workflow run without an installation", () => {
    const click = requestedActionEvent(where, { identifier: "cancel", externalId: '{"pr":7}' });
    expect(click).toMatchObject({
      action: "requested_action",
      check_run: { name: "maestro", external_id: '{"pr":7}' },
      requested_action: { identifier: "cancel" },
      repository: { full_name: "acme/demo" },
      installation: { id: 42 },
    });
    const dispatch = workflowDispatchEvent(where, "feature");
    expect(dispatch).toMatchObject({ ref: "refs/heads/feature", repository: { full_name: "acme/demo" } });
    expect(dispatch).not.toHaveProperty("installation");
  });
});
