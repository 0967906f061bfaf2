import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BranchMovedConflictError } from "../../../src/adapters/github/git-errors.js";
import { PullRequestCheckout } from "../../../src/adapters/github/pull-request-checkout.js";
import { git, makeRemote, pushPersonCommit } from "../../support/git-fixture.js";

describe("PullRequestCheckout", () => {
  it("checks out the pinned commit, asks for a token per network operation and never stores it", async () => {
    const remote = makeRemote();
    const pinned = remote.sha;
    // The branch moves after the comment: maestro still runs the commit it pinned.
    pushPersonCommit(remote, "later.md", "later\n");
    let tokens = 0;
    const checkout = await PullRequestCheckout.clone({
      cloneUrl: remote.bare,
      branch: "feature",
      sha: pinned,
      dir: join(remote.root, "clone"),
      token: () => Promise.resolve(`ghs_secret_${++tokens}`),
      identity: { name: "maestro", email: "m@example.com" },
      env: { PATH: process.env.PATH },
    });
    expect(await checkout.head()).toBe(pinned);
    expect(await checkout.listFiles()).toEqual(["README.md", "specs/001-demo/tasks.md"]);
    expect(tokens).toBe(1);
    git(checkout.dir, "commit", "--allow-empty", "-m", "maestro work");
    await checkout.push();
    // Fetch first (the branch moved, so its commits are merged in), then push: two network operations.
    expect(tokens).toBe(3);
    expect(remote.log("feature").slice(0, 3)).toEqual([
      "Merge the new commits of feature",
      "maestro work",
      "Person edits later.md",
    ]);
    expect(readFileSync(join(checkout.dir, ".git", "config"), "utf8")).not.toContain("ghs_secret");
    expect(readFileSync(join(checkout.dir, ".git", "config"), "utf8")).not.toContain("extraheader");
    expect(await checkout.tryRemove()).toBe(true);
  });

  it("throws BranchMovedConflictError naming the files, and leaves the remote as it was", async () => {
    const remote = makeRemote();
    const checkout = await PullRequestCheckout.clone({
      cloneUrl: remote.bare,
      branch: "feature",
      sha: remote.sha,
      dir: join(remote.root, "clone"),
      token: () => Promise.resolve(null),
      identity: { name: "maestro", email: "m@example.com" },
      env: { PATH: process.env.PATH },
    });
    const theirs = pushPersonCommit(remote, "README.md", "theirs\n");
    git(checkout.dir, "config", "user.name", "maestro");
    await import("node:fs/promises").then((fs) => fs.writeFile(join(checkout.dir, "README.md"), "ours\n"));
    git(checkout.dir, "commit", "-am", "ours");
    const error = await checkout.push().then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(BranchMovedConflictError);
    expect((error as BranchMovedConflictError).files).toEqual(["README.md"]);
    expect(git(remote.bare, "rev-parse", "feature")).toBe(theirs);
    // The merge was aborted: the clone is clean again, on maestro's commit.
    expect(git(checkout.dir, "status", "--porcelain")).toBe("");
  });
});
