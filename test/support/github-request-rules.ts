/**
 * The rules GitHub's REST description states only in prose (its schemas do not encode them), checked
 * per operation. Each returns the broken rules, worded for a test failure.
 */

/** The limit of an annotation's title, in characters ("The maximum size is 255 characters."). */
export const ANNOTATION_TITLE_LIMIT = 255;
/** The limit of an annotation's message and raw_details ("The maximum size is 64 KB."), in UTF-8 bytes. */
export const ANNOTATION_TEXT_LIMIT = 64 * 1024;

type Rule = (body: Record<string, unknown>) => string[];

/** Prose rules for a check run write (create and update share them). */
const checkRunRules: Rule = (body) => [...conclusionRules(body), ...annotationRules(body)];

const RULES: Record<string, Rule> = {
  "checks/create": checkRunRules,
  "checks/update": checkRunRules,
};

/** The broken prose rules of a request to operation `operationId`; empty when none applies or all hold. */
export function proseRuleProblems(operationId: string, body: unknown): string[] {
  const rule = RULES[operationId];
  if (!rule || typeof body !== "object" || body === null || Array.isArray(body)) return [];
  return rule(body as Record<string, unknown>);
}

function conclusionRules(body: Record<string, unknown>): string[] {
  const problems: string[] = [];
  // "Required if you provide `completed_at` or a `status` of `completed`."
  if (body.conclusion === undefined && body.status === "completed") {
    problems.push("`conclusion` is required when `status` is `completed`");
  }
  if (body.conclusion === undefined && body.completed_at !== undefined) {
    problems.push("`conclusion` is required when `completed_at` is given");
  }
  // "You cannot change a check run conclusion to `stale`, only GitHub can set this."
  if (body.conclusion === "stale")
    problems.push("`conclusion` cannot be set to `stale` (only GitHub sets it)");
  return problems;
}

function annotationRules(body: Record<string, unknown>): string[] {
  const output = body.output as { annotations?: unknown } | undefined;
  if (!Array.isArray(output?.annotations)) return [];
  const problems: string[] = [];
  output.annotations.forEach((raw: unknown, i) => {
    if (typeof raw !== "object" || raw === null) return;
    const annotation = raw as Record<string, unknown>;
    const where = `body.output.annotations.${i}`;
    const title = annotation.title;
    if (typeof title === "string" && [...title].length > ANNOTATION_TITLE_LIMIT) {
      problems.push(`${where}.title is ${[...title].length} characters, over ${ANNOTATION_TITLE_LIMIT}`);
    }
    for (const field of ["message", "raw_details"]) {
      const text = annotation[field];
      if (typeof text !== "string") continue;
      const bytes = Buffer.byteLength(text, "utf8");
      if (bytes > ANNOTATION_TEXT_LIMIT) {
        problems.push(`${where}.${field} is ${bytes} bytes, over 64 KB (${ANNOTATION_TEXT_LIMIT})`);
      }
    }
    // "Annotations only support `start_column` and `end_column` on the same line."
    const columns = annotation.start_column !== undefined || annotation.end_column !== undefined;
    if (columns && annotation.start_line !== annotation.end_line) {
      problems.push(
        `${where} has columns but spans lines ${String(annotation.start_line)}-${String(annotation.end_line)}`,
      );
    }
  });
  return problems;
}
