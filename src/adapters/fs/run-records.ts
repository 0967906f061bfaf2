import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";

/** What a run leaves in its folder while it lives, so a later process can clean up after a crash. */
export interface RunRecord {
  owner: string;
  repo: string;
  pullNumber: number | null;
  /** The "maestro" check run the run keeps up to date. */
  checkRunId: number;
  /** The process (App instance) that started the run. */
  instance: string;
  /** The machine and process ID it ran as (absent in records of older versions). */
  host?: string;
  pid?: number;
}

const FILE = "run.json";

/** Writes the record into a run's folder (removed with the folder when the run ends). */
export async function writeRunRecord(runRoot: string, record: RunRecord): Promise<void> {
  await mkdir(runRoot, { recursive: true });
  await writeFile(join(runRoot, FILE), `${JSON.stringify(record)}\n`);
}

/** Records of every run folder under the work root; unreadable ones are skipped. */
export async function readRunRecords(workRoot: string): Promise<Array<{ dir: string; record: RunRecord }>> {
  let names: string[];
  try {
    names = await readdir(workRoot);
  } catch {
    return [];
  }
  const found: Array<{ dir: string; record: RunRecord }> = [];
  for (const name of names) {
    const dir = join(workRoot, name);
    try {
      const value = JSON.parse(await readFile(join(dir, FILE), "utf8")) as Partial<RunRecord>;
      if (
        typeof value.owner === "string" &&
        typeof value.repo === "string" &&
        typeof value.checkRunId === "number" &&
        typeof value.instance === "string" &&
        (value.pullNumber === null || typeof value.pullNumber === "number")
      ) {
        found.push({ dir, record: value as RunRecord });
      }
    } catch {
      // not a run folder, or one still being created
    }
  }
  return found;
}

/** Removes a dead run's folder (its clone, worktrees and lock files); never throws. */
export async function tryRemoveRunFolder(dir: string): Promise<boolean> {
  try {
    await rm(dir, { recursive: true, force: true });
    return true;
  } catch {
    return false;
  }
}
