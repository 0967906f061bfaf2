/**
 * A deterministic spec-kit tasks.md of `count` tasks: Setup and Foundational phases, then user-story phases
 * of 40 tasks (tests first, then models, services, endpoints), a Polish phase, `[P]` markers, file paths
 * shared inside each story, explicit references and a dependency section. Same count, same text.
 */
export function generateTaskList(count: number): string {
  const out: string[] = ["# Tasks: Generated benchmark", ""];
  let n = 0;
  const id = (): string => `T${String(++n).padStart(Math.max(3, String(count).length), "0")}`;
  const setup = Math.min(10, Math.max(1, Math.floor(count * 0.01)));
  const foundational = Math.min(30, Math.max(1, Math.floor(count * 0.02)));
  const polish = Math.min(20, Math.max(1, Math.floor(count * 0.01)));
  const storyTasks = Math.max(0, count - setup - foundational - polish);
  const perStory = 40;
  out.push("## Phase 1: Setup (Shared Infrastructure)", "");
  for (let i = 0; i < setup; i++)
    out.push(`- [ ] ${id()} ${i % 2 ? "[P] " : ""}Configure tool ${i} in \`config/tool-${i}.json\``);
  out.push("", "## Phase 2: Foundational (Blocking Prerequisites)", "");
  const firstFoundational = n + 1;
  for (let i = 0; i < foundational; i++) {
    out.push(`- [ ] ${id()} [P] Create shared module ${i} in \`src/shared/module-${i % 7}.ts\``);
  }
  let phase = 3;
  let left = storyTasks;
  for (let story = 1; left > 0; story++) {
    const size = Math.min(perStory, left);
    left -= size;
    out.push(
      "",
      `## Phase ${phase++}: User Story ${story} - Feature ${story} (Priority: P${(story % 3) + 1})`,
      "",
    );
    out.push(`### Tests for User Story ${story}`, "");
    const tests = Math.max(1, Math.floor(size / 5));
    for (let i = 0; i < tests; i++)
      out.push(`- [ ] ${id()} [P] [US${story}] Contract test ${i} in tests/us${story}/test_${i}.py`);
    out.push("", `### Implementation for User Story ${story}`, "");
    let storyStart = n + 1;
    for (let i = tests; i < size; i++) {
      const kind = i % 4 === 0 ? "model" : i % 4 === 1 ? "service" : i % 4 === 2 ? "endpoint" : "component";
      const file = `src/us${story}/${kind}-${i % 6}.py`;
      const ref =
        i % 9 === 0 && n + 1 > storyStart
          ? ` (depends on ${`T${String(storyStart).padStart(Math.max(3, String(count).length), "0")}`})`
          : "";
      out.push(`- [ ] ${id()} ${i % 3 ? "[P] " : ""}[US${story}] Implement ${kind} ${i} in ${file}${ref}`);
      if (i === tests) storyStart = n;
    }
  }
  out.push("", `## Phase ${phase}: Polish & Cross-Cutting Concerns`, "");
  for (let i = 0; i < polish && n < count; i++)
    out.push(`- [ ] ${id()} [P] Document area ${i} in docs/area-${i}.md`);
  out.push(
    "",
    "## Dependencies & Execution Order",
    "",
    "- **Setup (Phase 1)**: No dependencies - can start immediately",
    "- **Foundational (Phase 2)**: Depends on Setup completion - BLOCKS all user stories",
    `- T${String(firstFoundational).padStart(Math.max(3, String(count).length), "0")} blocks every story`,
    "",
    "### Within Each User Story",
    "",
    "- Tests MUST be written and FAIL before implementation",
    "- Models before services",
    "",
  );
  return out.join("\n");
}
