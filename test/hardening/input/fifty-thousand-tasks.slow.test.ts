import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { PlanJson } from "../../../src/core/model/plan-json.js";
import { runCli } from "../../support/run-cli.js";

// 50,000 tasks (2.5 MB): planned, not refused and not hung; and the same list with one duplicate
// hidden in full-width digits near the end is refused naming that line.

const dir = mkdtempSync(join(tmpdir(), "maestro-50k-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function list(count: number): string[] {
  const lines = ["# Tasks", ""];
  for (let i = 1; i <= count; i++) {
    const id = `T${String(i).padStart(5, "0")}`;
    lines.push(`- [ ] ${id} ${i % 3 ? "[P] " : ""}Task ${i} in \`src/m${i % 500}/f${i}.ts\``);
  }
  return lines;
}

function plan(name: string): Promise<{ code: number; out: string; err: string }> {
  return runCli(["plan", name, "--json"], dir);
}

describe("50,000 tasks", () => {
  it("are planned", async () => {
    writeFileSync(join(dir, "big.md"), `${list(50_000).join("\n")}\n`);
    const { code, out } = await plan("big.md");
    expect(code).toBe(0);
    const json = JSON.parse(out) as PlanJson;
    expect(json.tasks).toHaveLength(50_000);
    expect(json.waves.flatMap((w) => w.tasks)).toHaveLength(50_000);
  });

  it("with one look-alike duplicate near the end, are refused naming its line", async () => {
    const lines = list(50_000);
    lines.push("- [ ] T\uff14\uff19\uff19\uff19\uff19 A disguised copy of T49999");
    writeFileSync(join(dir, "dup.md"), `${lines.join("\n")}\n`);
    const { code, out, err } = await plan("dup.md");
    expect(out).toBe("");
    expect(code).toBe(2);
    expect(err).toContain(
      `maestro: dup.md:${lines.length}: duplicate task ID T49999 (written with look-alike`,
    );
  });
});
