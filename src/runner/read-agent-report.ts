import { readFile } from "node:fs/promises";
import { z } from "zod";

/** What an agent may tell maestro through MAESTRO_REPORT_FILE. */
export interface AgentReport {
  dependsOn: string[];
  files: string[];
}

const reportSchema = z.object({
  dependsOn: z.array(z.string().min(1)).optional(),
  files: z.array(z.string().min(1)).optional(),
});

/** Reads an agent's report; a missing file is an empty report, an invalid one is reported as a problem. */
export async function readAgentReport(
  path: string,
): Promise<{ report: AgentReport; problem: string | null }> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch {
    return { report: { dependsOn: [], files: [] }, problem: null };
  }
  try {
    const parsed = reportSchema.parse(JSON.parse(text));
    return {
      report: {
        dependsOn: parsed.dependsOn ?? [],
        files: (parsed.files ?? []).map((f) => f.replace(/^\.\//, "")),
      },
      problem: null,
    };
  } catch (error) {
    return {
      report: { dependsOn: [], files: [] },
      problem: `ignored invalid report ${path}: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`,
    };
  }
}
