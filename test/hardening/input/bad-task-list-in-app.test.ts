import { existsSync } from "node:fs";
import nock from "nock";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defaultRunner } from "../../../src/github/default-runner.js";
import { makeRemote, type RemoteFixture } from "../../support/git-fixture.js";
import { blockNetwork } from "../../support/github-api.js";
import { commentPayload, markingAgent, refsOf, startApp, type AppHarness } from "../github/app-harness.js";
import { FakeGitHub } from "../github/fake-github.js";

// The App flow with the real engine and an agent that leaves a mark: a bad task list must end in a
// failed check run naming file and line, a reply saying the same, no agent run and no ref of the remote
// changed. Each case is one `/maestro implement <path>` comment.

const TEN_MB_LINE = "- [ ] T001 A line long enough to make ten megabytes out of not too many of them\n";
const lists: Record<string, string | Buffer> = {
  "specs/bad/empty.md": "",
  "specs/bad/no-tasks.md": "# Tasks\n\nNothing to do yet.\n",
  "specs/bad/binary.md": Buffer.concat([Buffer.from("- [ ] T001 a\n"), Buffer.from([0x00, 0xff, 0x00])]),
  "specs/bad/latin1.md": Buffer.concat([
    Buffer.from("- [ ] T001 a\n- [ ] T002 caf"),
    Buffer.from([0xe9, 0x0a]),
  ]),
  "specs/bad/huge.md": TEN_MB_LINE.repeat(Math.ceil((10 * 1024 * 1024) / TEN_MB_LINE.length)),
  "specs/bad/duplicate.md": "- [ ] T001 a\n- [ ] T\uff10\uff10\uff11 b\n",
  "specs/bad/zero-width.md": "- [ ] T001 a\n- [ ] T00\u200b1 b\n",
  "specs/bad/unknown.md": "- [ ] T001 a\n- [ ] T002 b (depends on T999)\n",
  "specs/bad/self.md": "- [ ] T001 a (depends on T001)\n",
  "specs/bad/cycle.md": "- [ ] T001 [P] a (after T002)\n- [ ] T002 [P] b (depends on T001)\n",
  "specs/bad/checkbox.md": "- [ ] T001 a\n- [] T002 b\n",
  "specs/bad/heading.md": "### T001: a\n\n####### T002: b\n",
};

const cases: Array<{ file: string; where: string; says: RegExp }> = [
  { file: "specs/bad/missing.md", where: "specs/bad/missing.md", says: /does not exist/ },
  { file: "specs/bad/empty.md", where: "specs/bad/empty.md:", says: /the file is empty/ },
  { file: "specs/bad/no-tasks.md", where: "specs/bad/no-tasks.md:", says: /no tasks found/ },
  { file: "specs/bad/binary.md", where: "specs/bad/binary.md:2:", says: /binary/ },
  { file: "specs/bad/latin1.md", where: "specs/bad/latin1.md:2:", says: /not valid UTF-8/ },
  { file: "specs/bad/huge.md", where: "specs/bad/huge.md:", says: /over the 5 MiB limit/ },
  { file: "specs/bad/duplicate.md", where: "specs/bad/duplicate.md:2:", says: /duplicate task ID T001/ },
  { file: "specs/bad/zero-width.md", where: "specs/bad/zero-width.md:2:", says: /duplicate task ID T001/ },
  { file: "specs/bad/unknown.md", where: "specs/bad/unknown.md:2:", says: /T999 is not a task/ },
  { file: "specs/bad/self.md", where: "self.md:1)", says: /T001 -> T001/ },
  { file: "specs/bad/cycle.md", where: "cycle.md:2)", says: /dependency cycle/ },
  { file: "specs/bad/checkbox.md", where: "specs/bad/checkbox.md:2:", says: /`\[\]` is not a checkbox/ },
  { file: "specs/bad/heading.md", where: "specs/bad/heading.md:3:", says: /at most 6 `#`/ },
];

let remote: RemoteFixture;
let agent: { command: string[]; mark: string };
let refsBefore: string;

beforeAll(() => {
  remote = makeRemote(lists as Record<string, string>);
  agent = markingAgent(remote.root);
  refsBefore = refsOf(remote.bare);
});

afterAll(() => nock.cleanAll());

describe("a bad task list in the App flow", () => {
  it.each(cases)(
    "$file: failed check run naming the line, a reply, no agent, nothing pushed",
    async ({ file, where, says }) => {
      const network = blockNetwork();
      const gh = new FakeGitHub(remote.bare).pull(7, "feature");
      const harness: AppHarness = await startApp({
        remote,
        runner: defaultRunner,
        agents: { command: agent.command, defaultPreset: "claude", allowedPresets: ["claude"] },
      });
      await harness.deliver(commentPayload(remote, { body: `/maestro implement ${file}` }));

      const [run, ...others] = gh.maestroRuns();
      expect(others).toEqual([]);
      expect(run?.status).toBe("completed");
      expect(run?.conclusion).toBe("failure");
      const summary = run?.output?.summary ?? "";
      expect(summary).toContain(where);
      expect(summary).toMatch(says);
      // The reply says the same thing as the check run.
      expect(gh.comments.map((c) => c.body).join("\n")).toContain(where);
      expect(gh.reactions.map((r) => r.content)).toEqual(["eyes", "confused"]);
      expect(existsSync(agent.mark)).toBe(false);
      expect(refsOf(remote.bare)).toBe(refsBefore);
      expect(gh.unhandled).toEqual([]);
      expect(network.unmatched).toEqual([]);
      nock.cleanAll();
    },
  );
});
