import { join } from "node:path";
import { hostname } from "node:os";
import { afterEach, describe, expect, it } from "vitest";
import { writeRunRecord } from "../../src/adapters/fs/run-records.js";
import { CheckRunSink } from "../../src/adapters/github/check-run-sink.js";
import { isStale, LEASE_MS, readClaims } from "../../src/github/run-claims.js";
import { expectQuietNetwork, stepFixture, type StepFixture } from "./step-fixture.js";

let f: StepFixture;
afterEach(() => expect(expectQuietNetwork(f)).toEqual([]));

const NOW = Date.UTC(2025, 0, 1, 12);

async function claim(pr: number, beat: number, comment?: number): Promise<CheckRunSink> {
  return CheckRunSink.create(
    f.deps.client,
    { owner: "acme", repo: "demo" },
    {
      headSha: f.remote.sha,
      memo: { pr, tasks: null, ...(comment === undefined ? {} : { comment }) },
      startedAt: new Date(beat),
      clock: () => beat,
    },
  );
}

describe("claims on a pull request", () => {
  it("are the in-progress maestro check runs of that pull request, earliest first, with their last beat", async () => {
    f = stepFixture({ instanceId: "me" });
    const first = await claim(7, NOW - 1000, 1001);
    await claim(8, NOW);
    const second = await claim(7, NOW, 1002);
    const claims = await readClaims({
      deps: f.deps,
      ref: { owner: "acme", repo: "demo" },
      pullNumber: 7,
      sha: f.remote.sha,
    });
    expect(claims.map((c) => [c.id, c.comment, c.beat, c.inProgress])).toEqual([
      [first.id, 1001, NOW - 1000, true],
      [second.id, 1002, NOW, true],
    ]);
    expect(claims[0]?.url).toBe(`https://github.com/acme/demo/runs/${first.id}`);
  });

  it("a run silent for longer than the lease is dead; one that beat within it is alive", async () => {
    f = stepFixture({ instanceId: "me" });
    await claim(7, NOW - LEASE_MS - 1);
    await claim(7, NOW - LEASE_MS + 1000);
    const claims = await readClaims({
      deps: f.deps,
      ref: { owner: "acme", repo: "demo" },
      pullNumber: 7,
      sha: f.remote.sha,
    });
    expect(claims.map((c) => isStale(c, f.deps))).toEqual([true, false]);
  });

  it("a run recorded here by a process that is gone is dead at once, whatever its beat; a live process's is not", async () => {
    f = stepFixture({ instanceId: "me" });
    const record = (dir: string, id: number, pid: number): Promise<void> =>
      writeRunRecord(join(f.deps.workRoot, dir), {
        owner: "acme",
        repo: "demo",
        pullNumber: 7,
        checkRunId: id,
        instance: `other-${dir}`,
        host: hostname(),
        pid,
      });
    const mine = await claim(7, NOW);
    const gone = await claim(7, NOW);
    const alive = await claim(7, NOW);
    await record("reused-pid", mine.id, process.pid);
    // A process ID above any Linux pid_max: no such process.
    await record("gone", gone.id, 4_194_305);
    await record("alive", alive.id, process.ppid);
    const claims = await readClaims({
      deps: f.deps,
      ref: { owner: "acme", repo: "demo" },
      pullNumber: 7,
      sha: f.remote.sha,
    });
    expect(new Map(claims.map((c) => [c.id, isStale(c, f.deps)]))).toEqual(
      new Map([
        [mine.id, true],
        [gone.id, true],
        [alive.id, false],
      ]),
    );
    expect(claims.every((c) => c.record !== null)).toBe(true);
  });
});
