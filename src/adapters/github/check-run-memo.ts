/**
 * What maestro keeps in its check run's `external_id`: what "Retry failed" needs to run the list again,
 * and what another App process needs to judge the run's claim on its pull request (see claim-run.ts).
 */
export interface CheckRunMemo {
  pr: number | null;
  tasks: string | null;
  /** Set at creation, so a create that failed after GitHub stored it can be found instead of repeated. */
  nonce?: string;
  /** The comment that asked for the run: the same command delivered to two processes is one command. */
  comment?: number;
  /** When the run last said it is alive (ms since the epoch); a run that stops saying so has died. */
  beat?: number;
}

/** Encodes a memo for `external_id`. */
export function encodeMemo(memo: CheckRunMemo): string {
  return JSON.stringify(memo);
}

/** Decodes `external_id`; null when it is not maestro's. */
export function decodeMemo(text: string | null | undefined): CheckRunMemo | null {
  try {
    const value = JSON.parse(text ?? "") as Partial<CheckRunMemo>;
    return {
      pr: typeof value.pr === "number" ? value.pr : null,
      tasks: typeof value.tasks === "string" ? value.tasks : null,
      ...(typeof value.nonce === "string" ? { nonce: value.nonce } : {}),
      ...(typeof value.comment === "number" ? { comment: value.comment } : {}),
      ...(typeof value.beat === "number" ? { beat: value.beat } : {}),
    };
  } catch {
    return null;
  }
}
