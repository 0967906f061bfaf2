import { execFileSync } from "node:child_process";
import { arch, cpus, platform, release, totalmem } from "node:os";

/** What the figures were measured on. */
export interface MachineFacts {
  node: string;
  git: string;
  platform: string;
  arch: string;
  cpus: number;
  cpuModel: string;
  memoryGiB: number;
}

/** Reads the facts of this machine (node, git, OS, CPUs, memory). */
export function readMachineFacts(): MachineFacts {
  let git = "unknown";
  try {
    git = execFileSync("git", ["--version"], { encoding: "utf8" })
      .trim()
      .replace(/^git version /, "");
  } catch {
    // No git on PATH: benchmarks 2 and 4 will say so themselves.
  }
  const list = cpus();
  return {
    node: process.version,
    git,
    platform: `${platform()} ${release()}`,
    arch: arch(),
    cpus: list.length,
    cpuModel: list[0]?.model.trim() ?? "unknown",
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
  };
}
