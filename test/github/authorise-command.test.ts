import { afterEach, describe, expect, it } from "vitest";
import { authoriseUser, forkOf, readPullRequest } from "../../src/github/authorise-command.js";
import { expectQuietNetwork, stepFixture, type StepFixture } from "./step-fixture.js";

let f: StepFixture;
afterEach(() => expect(expectQuietNetwork(f)).toEqual([]));

describe("authorising a command", () => {
  it("allows write, maintain and admin; names the role of anyone else (none when unknown)", async () => {
    f = stepFixture();
    const ref = { owner: "acme", repo: "demo" };
    f.gh.permissions.set("mia", "maintain").set("tom", "triage");
    expect(await authoriseUser(f.deps, ref, "alice")).toEqual({ allowed: true });
    expect(await authoriseUser(f.deps, ref, "mia")).toEqual({ allowed: true });
    expect(await authoriseUser(f.deps, ref, "tom")).toEqual({ allowed: false, permission: "triage" });
    expect(await authoriseUser(f.deps, ref, "stranger")).toEqual({ allowed: false, permission: "none" });
  });

  it("tells a pull request from a fork (or a deleted one) from one of the repository", async () => {
    f = stepFixture();
    f.gh.pull(8, "feature", { headRepo: "eve/demo" }).pull(9, "feature", { headRepo: null });
    const ref = { owner: "acme", repo: "demo" };
    expect(forkOf(await readPullRequest(f.deps, ref, 7))).toBeNull();
    expect(forkOf(await readPullRequest(f.deps, ref, 8))).toBe("eve/demo");
    expect(forkOf(await readPullRequest(f.deps, ref, 9))).toBe("(a deleted fork)");
  });
});
