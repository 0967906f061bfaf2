import { existsSync, readFileSync } from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { decodeMemo } from "../../src/adapters/github/check-run-memo.js";
import { CheckRunSink } from "../../src/adapters/github/check-run-sink.js";
import { HEARTBEAT_MS } from "../../src/github/run-claims.js";
import { CommentSink } from "../../src/adapters/github/comment-sink.js";
import { openProgress } from "../../src/github/open-progress.js";
import { expectQuietNetwork, stepFixture, type StepFixture } from "./step-fixture.js";

let f: StepFixture;
afterEach(() => expect(expectQuietNetwork(f)).toEqual([]));

describe("opening a run's progress", () => {
  it("creates the in-progress check run on the pinned commit and links the ticket to it", async () => {
    f = stepFixture();
    const run = f.context();
    const progress = await openProgress(run);
    const [created] = f.gh.maestroRuns();
    expect(progress.sink).toBeInstanceOf(CheckRunSink);
    expect(created).toMatchObject({ head_sha: f.remote.sha, status: "in_progress" });
    expect(await run.ticket.linked).toBe(`https://github.com/acme/demo/runs/${created?.id}`);
    // The Action (no instance ID) leaves no record in the run folder.
    expect(existsSync(run.dirs.root)).toBe(false);
    expect(progress.render().title).toBe("Preparing");
  });

  it("in the App, records the run in its folder for the process after a crash", async () => {
    f = stepFixture({ instanceId: "instance-a" });
    const run = f.context();
    const progress = await openProgress(run);
    const record = JSON.parse(readFileSync(join(run.dirs.root, "run.json"), "utf8")) as object;
    expect(record).toEqual({
      owner: "acme",
      repo: "demo",
      pullNumber: 7,
      checkRunId: (progress.sink as CheckRunSink).id,
      instance: "instance-a",
      host: hostname(),
      pid: process.pid,
    });
  });

  it("in the App, says it is alive on its check run every minute, until stopped", async () => {
    let now = Date.UTC(2025, 0, 1, 12);
    const pending = new Map<number, () => void>();
    let handles = 0;
    f = stepFixture({
      instanceId: "instance-a",
      timers: {
        now: () => now,
        setTimeout: (callback, ms) => {
          expect(ms).toBe(HEARTBEAT_MS);
          pending.set(++handles, callback);
          return handles;
        },
        clearTimeout: (handle) => pending.delete(handle as number),
      },
    });
    const progress = await openProgress(f.context());
    const beats = (): Array<number | undefined> =>
      (f.gh.maestroRuns()[0]?.writes ?? []).map((w) => decodeMemo(w.external_id as string)?.beat);
    expect(beats()).toEqual([now]);
    now += HEARTBEAT_MS;
    const fire = pending.get(handles);
    pending.delete(handles);
    fire?.();
    await progress.writer.flush();
    expect(beats()).toEqual([now - HEARTBEAT_MS, now, now]);
    progress.stop();
    expect(pending.size).toBe(0);
  });

  it("falls back to a progress comment when the token may not create check runs (the Action)", async () => {
    f = stepFixture({ commentFallback: true });
    f.gh.fail({ method: "POST", path: /\/check-runs$/, status: 403, times: 1 });
    const progress = await openProgress(f.context());
    expect(progress.sink).toBeInstanceOf(CommentSink);
    expect(f.gh.maestroRuns()).toEqual([]);
  });

  it("without the fallback, a 403 stops the run", async () => {
    f = stepFixture();
    f.gh.fail({ method: "POST", path: /\/check-runs$/, status: 403, times: 1 });
    await expect(openProgress(f.context())).rejects.toMatchObject({ status: 403 });
  });
});
