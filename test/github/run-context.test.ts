import { afterEach, describe, expect, it } from "vitest";
import { expectQuietNetwork, stepFixture, type StepFixture } from "./step-fixture.js";

let f: StepFixture;
afterEach(() => expect(expectQuietNetwork(f)).toEqual([]));

describe("a run's context", () => {
  it("gets a run ID naming the pull request and commit, distinct even on a frozen clock", () => {
    f = stepFixture();
    const a = f.context();
    const b = f.context();
    expect(a.runId).toMatch(new RegExp(`^7-${f.remote.sha.slice(0, 7)}-[0-9a-z]+-[0-9a-f]{6}$`));
    expect(a.runId).not.toBe(b.runId);
    expect(a.dirs.clone).toBe(`${f.deps.workRoot}/${a.runId}/repo`);
    expect(f.context({ pullNumber: null, branch: "feature/login" }).runId).toMatch(/^branch-feature-login-/);
  });

  it("reacts and comments only where there is a comment and a pull request", async () => {
    f = stepFixture();
    await f.context().react("eyes");
    await f.context({ commentId: null }).react("rocket");
    await f.context({ pullNumber: null, commentId: null }).comment("nobody reads this");
    await f.context().comment("hello");
    expect(f.gh.reactions).toEqual([{ commentId: 1001, content: "eyes" }]);
    expect(f.gh.comments.map((c) => [c.issue, c.body.split("\n")[0]])).toEqual([[7, "hello"]]);
  });
});
