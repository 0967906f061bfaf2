import { describe, expect, it } from "vitest";
import { detectDependencies } from "../../../src/core/detect/detect-dependencies.js";
import { readAuthorWaves } from "../../../src/core/detect/read-author-waves.js";
import { parseTaskList } from "../../../src/core/parse/parse-task-list.js";

const parse = (text: string) => parseTaskList({ kind: "file", path: "tasks.md", text });
const pairs = (text: string) =>
  detectDependencies(parse(text)).edges.map((e) => `${e.from}>${e.to}:${e.kind}`);

describe("a list whose every task declares its dependencies", () => {
  const fields = (second: string) => `## Phase 1: Base
### T001: Queue client
**Files**: src/queue.ts
**Depends**: None
### T002: Mailer
**Files**: src/mailer.ts
**Depends**: ${second}
## Phase 2: Jobs
### T003: Digest job
**Files**: src/digest.ts
**Depends**: T002
`;

  it("is ordered by its fields alone, not by its phases", () => {
    expect(pairs(fields("None"))).toEqual(["T002>T003:explicit"]);
  });

  it("keeps phase order when the fields are missing on most tasks", () => {
    const text = fields("None").replace(/\*\*Depends\*\*: None\n/g, "");
    expect(pairs(text)).toContain("T001>T003:phase");
  });
});

describe("the author's own wave plan", () => {
  const list = (plan: string) => `- [ ] 1. Storage
  - [ ] 1.1 Bucket in src/bucket.ts
  - [ ] 1.2 Quota in src/quota.ts
- [ ] 2. Api
  - [ ] 2.1 Upload route in src/upload.ts
  - [ ] 2.2 Download route in src/download.ts

${plan}
`;
  const json =
    '```json\n{ "plan": { "batches": [ {"tasks": ["1.1", "2.1"]}, {"tasks": ["1.2", "2.2"]} ] } }\n```';

  it("is read from a JSON or YAML block and replaces the layout's order", () => {
    expect(readAuthorWaves(parse(list(json)))).toEqual({
      waves: [
        ["1.1", "2.1"],
        ["1.2", "2.2"],
      ],
      line: 9,
    });
    expect(pairs(list(json)).sort()).toEqual([
      "1.1>1.2:order",
      "1.1>2.2:order",
      "2.1>1.2:order",
      "2.1>2.2:order",
    ]);
    const yaml = "```yaml\nwaves:\n  - [1.1, 2.1]\n  - [1.2, 2.2]\n```";
    expect(readAuthorWaves(parse(list(yaml)))?.waves).toEqual([
      ["1.1", "2.1"],
      ["1.2", "2.2"],
    ]);
  });

  it("is not read from a block that names too few of the list's tasks, or another kind of data", () => {
    expect(readAuthorWaves(parse(list('```json\n{"waves": [["1.1"], ["9.9"]]}\n```')))).toBeNull();
    expect(readAuthorWaves(parse(list('```json\n{"retries": [1, 2]}\n```')))).toBeNull();
  });
});

describe("a task the author's wave plan leaves out", () => {
  it("waits for the tasks listed before it, and holds back none after it", () => {
    const text = `- [ ] 1. A in a.ts
- [ ] 2. B in b.ts
- [ ] 3. Checkpoint: everything builds
- [ ] 4. C in c.ts

\`\`\`json
{"waves": [["1", "2"], ["4"]]}
\`\`\`
`;
    const found = detectDependencies(parse(text)).edges.map((e) => `${e.from}>${e.to}`);
    expect(found).toEqual(expect.arrayContaining(["1>3", "2>3"]));
    expect(found).not.toContain("3>4");
  });
});
