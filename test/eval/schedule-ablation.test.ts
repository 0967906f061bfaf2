import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { planFolder } from "../../bench/schedule-quality.js";
import { scheduleAblation } from "../../eval/schedule-ablation.js";

describe("where the schedule's time goes", () => {
  it("shows the medians falling when the edges that serialise a list are left out, and not otherwise", async () => {
    const dir = mkdtempSync(join(tmpdir(), "maestro-ablation-"));
    // Six unmarked tasks on six files: only listing order chains them.
    const tasks = [1, 2, 3, 4, 5, 6].map((n) => `- [ ] T00${n} Write src/part${n}.ts`);
    writeFileSync(join(dir, "tasks.md"), ["# Tasks", "", "## Phase 1: Build", "", ...tasks, ""].join("\n"));
    const rows = scheduleAblation((await planFolder(dir)).plans);
    const row = (without: string) => rows.find((r) => r.without === without);
    expect(row("listing order")?.equal).toBeCloseTo(2 / 6);
    expect(row("shared files")?.equal).toBeCloseTo(1);
    expect(row("cues")?.logNormal).toBeCloseTo(1);
  });
});
