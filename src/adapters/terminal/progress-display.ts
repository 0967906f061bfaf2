import type { RunEvent } from "../../core/model/run-event.js";
import { applyRunEvent, emptyRunState, type RunState } from "../../core/model/run-state.js";
import { describeEvent, renderProgress, renderRunSummary } from "../../core/render/render-progress.js";

/** Where the display writes: a TTY is redrawn in place, anything else gets plain lines. */
export interface DisplayStream {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
  rows?: number;
}

/** Shows a run's progress, folded from its events; `close()` prints the final summary. */
export interface ProgressDisplay {
  onEvent(event: RunEvent): void;
  close(kept: ReadonlyArray<{ task: string; branch: string; log: string | null }>): void;
  readonly state: RunState;
}

/**
 * Terminal progress. A TTY gets a block redrawn in place (waves, task states with elapsed time, per-wave and
 * overall %), refreshed on every event and each second; a log gets one plain line per event. A small
 * renderer of our own rather than listr2: re-grouping moves tasks between waves mid-run, which listr2's
 * fixed task tree cannot show.
 */
export function createProgressDisplay(
  stream: DisplayStream,
  now: () => Date = () => new Date(),
): ProgressDisplay {
  const state = emptyRunState();
  if (!stream.isTTY) {
    return {
      state,
      onEvent(event) {
        applyRunEvent(state, event);
        for (const line of describeEvent(event, state)) stream.write(`${line}\n`);
      },
      close(kept) {
        stream.write(`${renderRunSummary(state, kept).join("\n")}\n`);
      },
    };
  }
  let drawn = 0;
  let timer: NodeJS.Timeout | undefined;
  const draw = () => {
    const width = Math.max(40, (stream.columns ?? 100) - 1);
    const lines = renderProgress(state, now(), width, Math.max(10, (stream.rows ?? 40) - 2));
    // Up to the first line of the block, clear to the end of the screen, draw again.
    stream.write(`${drawn > 0 ? `\x1b[${drawn}F` : ""}\x1b[0J${lines.join("\n")}\n`);
    drawn = lines.length;
  };
  return {
    state,
    onEvent(event) {
      applyRunEvent(state, event);
      if (event.type === "regroup" || (event.type === "verify" && !event.ok)) {
        // Notices stay above the live block, so the history of re-groupings is not lost on redraw.
        stream.write(
          `${drawn > 0 ? `\x1b[${drawn}F\x1b[0J` : ""}${describeEvent(event, state).join("\n")}\n`,
        );
        drawn = 0;
      }
      if (event.type === "plan") {
        stream.write(`${describeEvent(event, state).join("\n")}\n\n`);
        timer ??= setInterval(draw, 1000);
        timer.unref();
      }
      draw();
      if (event.type === "run-end" && timer) clearInterval(timer);
    },
    close(kept) {
      if (timer) clearInterval(timer);
      if (drawn > 0) draw();
      stream.write(`${renderRunSummary(state, kept).join("\n")}\n`);
    },
  };
}
