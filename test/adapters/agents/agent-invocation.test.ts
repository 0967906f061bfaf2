import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { agentInvocation } from "../../../src/adapters/agents/agent-invocation.js";
import { runProcess } from "../../../src/adapters/agents/run-process.js";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "maestro-presets-"));
  mkdirSync(join(dir, "bin"));
  mkdirSync(join(dir, "work"));
  for (const name of ["claude", "codex", "aider", "gemini"]) {
    // A stand-in for the real CLI: records its argv (one per line) and its stdin.
    const path = join(dir, "bin", name);
    writeFileSync(
      path,
      `#!/usr/bin/env bash\nprintf '%s\\n' "$@" > "${dir}/${name}.argv"\ncat > "${dir}/${name}.stdin"\npwd > "${dir}/${name}.cwd"\n`,
    );
    chmodSync(path, 0o755);
  }
  writeFileSync(join(dir, "prompt.md"), "# Task T001: Do it\n");
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function runPreset(preset: "claude" | "codex" | "aider" | "gemini" | "script", script = "") {
  const paths = {
    promptFile: join(dir, "prompt.md"),
    scriptFile: join(dir, "task.sh"),
    taskDir: join(dir, "task"),
  };
  writeFileSync(paths.scriptFile, script);
  const invocation = agentInvocation({ preset }, paths);
  const result = await runProcess({
    command: invocation.command,
    args: invocation.args,
    cwd: join(dir, "work"),
    env: { PATH: `${join(dir, "bin")}:${process.env.PATH ?? ""}` },
    logFile: join(dir, `${preset}.log`),
    stdinFile: invocation.stdin === "prompt" ? paths.promptFile : null,
    timeoutMs: 10_000,
  });
  const read = (ext: string) => {
    try {
      return readFileSync(join(dir, `${preset}.${ext}`), "utf8");
    } catch {
      return null;
    }
  };
  return {
    result,
    argv: read("argv")?.trimEnd().split("\n"),
    stdin: read("stdin"),
    cwd: read("cwd")?.trim(),
  };
}

describe("agent presets, each run against a fake executable on PATH", () => {
  it("claude: -p with edits allowed, prompt on stdin", async () => {
    const { result, argv, stdin, cwd } = await runPreset("claude");
    expect(result.exitCode).toBe(0);
    expect(argv).toEqual(["-p", "--permission-mode", "acceptEdits", "--output-format", "text"]);
    expect(stdin).toBe("# Task T001: Do it\n");
    expect(cwd).toBe(join(dir, "work"));
  });

  it("codex: exec with a writable workspace, prompt on stdin", async () => {
    const { argv, stdin } = await runPreset("codex");
    expect(argv).toEqual(["exec", "--sandbox", "workspace-write", "-"]);
    expect(stdin).toBe("# Task T001: Do it\n");
  });

  it("aider: --message-file and --yes-always, nothing on stdin, history outside the worktree", async () => {
    const { argv, stdin } = await runPreset("aider");
    expect(argv).toEqual([
      "--message-file",
      join(dir, "prompt.md"),
      "--yes-always",
      "--no-gitignore",
      "--no-check-update",
      "--chat-history-file",
      `${join(dir, "task")}/aider.chat.history.md`,
      "--input-history-file",
      `${join(dir, "task")}/aider.input.history`,
    ]);
    expect(stdin).toBe("");
  });

  it("gemini: --yolo -p, prompt on stdin", async () => {
    const { argv, stdin } = await runPreset("gemini");
    expect(argv?.slice(0, 2)).toEqual(["--yolo", "-p"]);
    expect(argv).toHaveLength(3);
    expect(stdin).toBe("# Task T001: Do it\n");
  });

  it("script: runs the task's block with bash -euo pipefail from a file, in the worktree", async () => {
    const ok = await runPreset("script", 'echo "$(pwd)" > out.txt\n');
    expect(ok.result.exitCode).toBe(0);
    expect(readFileSync(join(dir, "work", "out.txt"), "utf8").trim()).toBe(join(dir, "work"));
    const failing = await runPreset("script", "false | true\necho unreachable > after.txt\n");
    expect(failing.result.exitCode).not.toBe(0);
    expect(() => readFileSync(join(dir, "work", "after.txt"))).toThrow();
  });

  it("a custom command keeps its argv as given and gets the prompt on stdin", () => {
    const paths = { promptFile: "/p.md", scriptFile: "/s.sh", taskDir: "/t" };
    expect(agentInvocation({ command: ["my-agent", "--flag", "a b"] }, paths)).toEqual({
      command: "my-agent",
      args: ["--flag", "a b"],
      stdin: "prompt",
    });
  });
});
