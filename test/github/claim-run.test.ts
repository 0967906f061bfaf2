import { describe, expect, it } from "vitest";
import { claimRun } from "../../src/github/claim-run.js";
import { stepFixture } from "./step-fixture.js";

describe("claiming a run", () => {
  it("gives the first claim a ticket; a second one waits for the first run's link", async () => {
    const { deps } = stepFixture();
    const first = await claimRun(deps, "acme/demo#7", null);
    if (first.ticket === null) throw new Error("the first claim must win");
    const second = claimRun(deps, "acme/demo#7", null);
    first.ticket.setLink("https://github.com/acme/demo/runs/1");
    expect(await second).toEqual({
      ticket: null,
      link: "https://github.com/acme/demo/runs/1",
      sameCommand: false,
    });
    deps.registry.release(first.ticket);
    expect((await claimRun(deps, "acme/demo#7", null)).ticket).not.toBeNull();
  });
});
