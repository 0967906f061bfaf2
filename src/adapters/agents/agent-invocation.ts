import type { AgentChoice } from "../../core/model/agent-choice.js";

/** The process to start for one task: argv (never a shell string) and what its stdin receives. */
export interface AgentInvocation {
  command: string;
  args: string[];
  /** `prompt`: the prompt file is the agent's stdin; `none`: stdin is /dev/null. */
  stdin: "prompt" | "none";
}

/** Paths the invocation may name; all outside the worktree. */
export interface InvocationPaths {
  promptFile: string;
  /** Where the task's fenced code block was written (the `script` preset). */
  scriptFile: string;
  /** A per-task folder for the agent's own history files. */
  taskDir: string;
}

const GEMINI_INSTRUCTION =
  "Carry out the task described in the prompt above in the current directory, then stop.";

/**
 * The non-interactive invocation of each preset, or the user's own command. Each preset reads the prompt
 * without a terminal and may edit files without asking.
 */
export function agentInvocation(agent: AgentChoice, paths: InvocationPaths): AgentInvocation {
  if ("command" in agent) {
    const [command, ...args] = agent.command;
    if (command === undefined) throw new Error("agent command is empty");
    return { command, args, stdin: "prompt" };
  }
  switch (agent.preset) {
    case "claude":
      // `-p` prints the answer and exits; the prompt comes on stdin. acceptEdits lets it write files
      // without a prompt nobody would answer. https://code.claude.com/docs/en/headless and
      // https://code.claude.com/docs/en/permission-modes
      return {
        command: "claude",
        args: ["-p", "--permission-mode", "acceptEdits", "--output-format", "text"],
        stdin: "prompt",
      };
    case "codex":
      // `codex exec` is the non-interactive mode; `-` reads the prompt from stdin; workspace-write lets it
      // edit the worktree (the default sandbox is read-only). https://developers.openai.com/codex/noninteractive
      return { command: "codex", args: ["exec", "--sandbox", "workspace-write", "-"], stdin: "prompt" };
    case "aider":
      // --message-file runs one instruction and exits; --yes-always answers its confirmations.
      // History files go to maestro's task folder and .gitignore is left alone, so the worktree holds only
      // the task's changes. https://aider.chat/docs/scripting.html
      return {
        command: "aider",
        args: [
          "--message-file",
          paths.promptFile,
          "--yes-always",
          "--no-gitignore",
          "--no-check-update",
          "--chat-history-file",
          `${paths.taskDir}/aider.chat.history.md`,
          "--input-history-file",
          `${paths.taskDir}/aider.input.history`,
        ],
        stdin: "none",
      };
    case "gemini":
      // `-p` runs headless and appends its text to the prompt read from stdin; --yolo approves its tool
      // calls. https://geminicli.com/docs/cli/headless/ and https://geminicli.com/docs/cli/tutorials/automation
      return { command: "gemini", args: ["--yolo", "-p", GEMINI_INSTRUCTION], stdin: "prompt" };
    case "script":
      // The task's own fenced block, from a file: its text never becomes a command-line argument.
      return { command: "bash", args: ["-euo", "pipefail", paths.scriptFile], stdin: "none" };
  }
}
