import { cpSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { initRepository } from "./init-repository.js";

/** The demo's task list, relative to the demo repository. */
export const DEMO_TASKS = "specs/001-text-stats/tasks.md";

/** A fresh git repository in a temporary folder holding examples/demo/repo as one commit; returns its path. */
export function createDemoRepository(prefix = "maestro-demo-"): string {
  const template = fileURLToPath(new URL("../examples/demo/repo", import.meta.url));
  const dir = mkdtempSync(join(tmpdir(), prefix));
  cpSync(template, dir, { recursive: true });
  initRepository(dir, { identity: "demo", message: "text-stats: spec, plan and tasks" });
  return dir;
}
