import { afterEach, describe, expect, it } from "vitest";
import { resolveRunSettings } from "../../src/github/resolve-run-settings.js";
import { expectQuietNetwork, stepFixture, type StepFixture } from "./step-fixture.js";

let f: StepFixture;
afterEach(() => expect(expectQuietNetwork(f)).toEqual([]));

describe("resolving a run's settings", () => {
  it("without a config: the default agent, no commands, 30 minutes per task", async () => {
    f = stepFixture();
    expect(await resolveRunSettings(f.context())).toMatchObject({
      agent: { preset: "claude" },
      verify: null,
      setup: null,
      taskTimeoutMs: 30 * 60_000,
    });
  });

  it("the repository's config, under the Action's inputs", async () => {
    f = stepFixture({ overrides: { verify: ["make", "check"] } });
    f.gh.config = "verify: npm test\nsetup: npm ci\ntask-timeout: 10m\n";
    expect(await resolveRunSettings(f.context())).toMatchObject({
      verify: ["make", "check"],
      setup: ["npm", "ci"],
      taskTimeoutMs: 10 * 60_000,
    });
  });

  it("refuses an agent the runner's policy does not allow, naming the file and key", async () => {
    f = stepFixture();
    f.gh.config = "agent: codex\n";
    await expect(resolveRunSettings(f.context())).rejects.toThrow(/maestro\.yml.*agent.*not allowed/);
  });
});
