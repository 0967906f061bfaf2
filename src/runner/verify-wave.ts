import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { agentEnvironment } from "../adapters/agents/agent-environment.js";
import { runProcess } from "../adapters/agents/run-process.js";
import { readTail } from "./read-tail.js";
import type { RunContext } from "./run-context.js";

/**
 * Runs `--verify` on the merged result of a wave and reports it (`verify` event). It fails when the command
 * fails or leaves changes in the work tree. Returns why later waves must not run, or null.
 */
export async function verifyWave(ctx: RunContext, wave: number): Promise<string | null> {
  const { options } = ctx;
  const [command, ...args] = options.verify as [string, ...string[]];
  const log = join(options.workDir, "logs", `verify-wave-${wave}.log`);
  await mkdir(dirname(log), { recursive: true });
  await writeFile(log, `[maestro] verify after wave ${wave}: ${options.verify?.join(" ") ?? ""}\n`);
  const result = await runProcess({
    command,
    args,
    cwd: ctx.repoTop,
    env: agentEnvironment(options.env, { MAESTRO_RUN_ID: options.runId, MAESTRO_WAVE: String(wave) }),
    logFile: log,
    stdinFile: null,
    timeoutMs: options.taskTimeoutMs,
    ...(options.signal ? { signal: options.signal } : {}),
  });
  let ok = result.exitCode === 0 && !result.timedOut;
  const leftovers = await ctx.main.statusLines();
  if (ok && leftovers.length > 0) {
    ok = false;
    const listed = leftovers.join("\n");
    await writeFile(log, `\n[maestro] verify left changes in the work tree:\n${listed}\n`, { flag: "a" });
  }
  const output = await readTail(log, 40);
  ctx.emit({ type: "verify", time: ctx.time(), wave, ok, output });
  return ok ? null : `verify failed after wave ${wave} (log: ${log})`;
}
