import { afterEach, describe, expect, it } from "vitest";
import { checkOutTarget } from "../../src/github/check-out-target.js";
import { git, pushPersonCommit } from "../support/git-fixture.js";
import { expectQuietNetwork, stepFixture, type StepFixture } from "./step-fixture.js";

let f: StepFixture;
afterEach(() => expect(expectQuietNetwork(f)).toEqual([]));

describe("checking out the target", () => {
  it("clones into the run folder at the pinned commit, not at the branch's newer tip", async () => {
    f = stepFixture();
    const run = f.context();
    pushPersonCommit(f.remote, "later.txt", "pushed after the command\n");
    const checkout = await checkOutTarget(run);
    expect(checkout.dir).toBe(run.dirs.clone);
    expect(await checkout.head()).toBe(f.remote.sha);
    expect(git(checkout.dir, "branch", "--show-current")).toBe("feature");
    expect(git(checkout.dir, "config", "user.name")).toBe("maestro[bot]");
  });
});
