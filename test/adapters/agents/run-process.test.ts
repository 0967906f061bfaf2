import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runProcess } from "../../../src/adapters/agents/run-process.js";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "maestro-proc-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Running (a zombie waiting for its reaper counts as gone: it runs nothing and holds nothing). */
function alive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ")[0] !== "Z";
  } catch {
    return false;
  }
}

const base = () => ({
  cwd: dir,
  env: { PATH: process.env.PATH ?? "" },
  logFile: join(dir, "log"),
  stdinFile: null,
});

describe("runProcess", () => {
  it("kills a hanging process and its background grandchild on timeout (no orphan)", async () => {
    const script = join(dir, "hang.sh");
    writeFileSync(script, `sleep 300 &\necho $! > "${dir}/grandchild.pid"\necho started\nsleep 300\n`);
    const result = await runProcess({
      ...base(),
      command: "bash",
      args: [script],
      timeoutMs: 500,
      graceMs: 500,
    });
    expect(result.timedOut).toBe(true);
    const grandchild = Number(readFileSync(join(dir, "grandchild.pid"), "utf8"));
    expect(grandchild).toBeGreaterThan(0);
    await sleep(100);
    expect(alive(grandchild)).toBe(false);
    const log = readFileSync(join(dir, "log"), "utf8");
    expect(log).toContain("started");
    expect(log).toContain("timed out");
  });

  it("escalates to SIGKILL when the process ignores SIGTERM", async () => {
    const script = join(dir, "stubborn.sh");
    writeFileSync(script, `trap '' TERM\necho $$ > "${dir}/pid"\nwhile true; do sleep 0.1; done\n`);
    const result = await runProcess({
      ...base(),
      command: "bash",
      args: [script],
      timeoutMs: 300,
      graceMs: 300,
    });
    expect(result.timedOut).toBe(true);
    expect(result.signal).toBe("SIGKILL");
    expect(alive(Number(readFileSync(join(dir, "pid"), "utf8")))).toBe(false);
  });

  it("kills what a successful process left running in the background", async () => {
    const script = join(dir, "leaves.sh");
    writeFileSync(script, `sleep 300 &\necho $! > "${dir}/bg.pid"\nexit 0\n`);
    const result = await runProcess({ ...base(), command: "bash", args: [script], timeoutMs: 10_000 });
    expect(result.exitCode).toBe(0);
    await sleep(100);
    expect(alive(Number(readFileSync(join(dir, "bg.pid"), "utf8")))).toBe(false);
  });

  it("reports a command that cannot start", async () => {
    const result = await runProcess({ ...base(), command: "no-such-agent-xyz", args: [], timeoutMs: 1000 });
    expect(result.spawnError).toMatch(/ENOENT/);
    expect(readFileSync(join(dir, "log"), "utf8")).toContain("could not start no-such-agent-xyz");
  });

  it("stops on abort", async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 200);
    const result = await runProcess({
      ...base(),
      command: "sleep",
      args: ["30"],
      timeoutMs: 30_000,
      signal: controller.signal,
    });
    expect(result.aborted).toBe(true);
    expect(result.durationMs).toBeLessThan(10_000);
  });
});
