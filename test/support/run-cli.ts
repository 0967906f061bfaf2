import type { CliIo } from "../../src/cli/cli-io.js";
import { main } from "../../src/cli/main.js";

/** CLI streams that collect what the CLI writes (not a TTY), in `cwd` with `env`. */
export function captureIo(
  cwd: string,
  env: Record<string, string | undefined> = process.env,
): { io: CliIo; out: () => string; err: () => string } {
  let out = "";
  let err = "";
  const io: CliIo = {
    stdout: { write: (text: string) => (out += text), isTTY: false },
    stderr: { write: (text: string) => (err += text) },
    cwd,
    env,
  };
  return { io, out: () => out, err: () => err };
}

/** Runs `maestro <argv>` in process and returns its exit code and output. */
export async function runCli(
  argv: string[],
  cwd: string,
  env: Record<string, string | undefined> = {},
): Promise<{ code: number; out: string; err: string }> {
  const capture = captureIo(cwd, env);
  const code = await main(argv, capture.io);
  return { code, out: capture.out(), err: capture.err() };
}
