import type { RunEvent } from "../model/run-event.js";

/**
 * Tells the tasks a cancel stopped from the tasks that failed. The engine reports an agent it killed
 * because the run was cancelled (`/maestro cancel`, a button, SIGINT) as failed; shown as ❌ and counted in
 * `failed`, a workflow branching on failures would take a cancel for one. Each event goes through the
 * classifier with whether the run was cancelled at that moment: a failure that ends after the cancel is
 * reported as `cancelled`, and the run's end counts those apart.
 */
export function createCancelClassifier(): (event: RunEvent, cancelled: boolean) => RunEvent {
  const stopped = new Set<string>();
  return (event, cancelled) => {
    if (event.type === "task-end" && event.status === "failed" && cancelled) {
      stopped.add(event.task);
      return { ...event, status: "cancelled" };
    }
    if (event.type === "run-end" && stopped.size > 0) {
      return { ...event, failed: Math.max(0, event.failed - stopped.size), cancelled: stopped.size };
    }
    return event;
  };
}
