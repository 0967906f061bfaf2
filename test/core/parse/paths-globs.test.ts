import { describe, expect, it } from "vitest";
import type { Task } from "../../../src/core/model/task.js";
import { parseTaskList } from "../../../src/core/parse/parse-task-list.js";

/** What one task edits (W) and reads (R). */
function uses(text: string): { W: string[]; R: string[] } {
  const task = parseTaskList({ kind: "file", path: "tasks.md", text: `- [ ] T001 ${text}\n` })
    .tasks[0] as Task;
  return { W: task.files, R: task.reads ?? [] };
}

describe("a glob a task's file matches", () => {
  it("is read when it stands in parentheses right after the file", () => {
    expect(
      uses("Gradle settings `settings.gradle.kts` (`modules/*`) and the root `build.gradle.kts`"),
    ).toEqual({
      W: ["settings.gradle.kts", "build.gradle.kts"],
      R: ["modules/"],
    });
  });

  it("is a pattern written into a settings file named on its line: neither read nor edited", () => {
    expect(uses("Workspace manifest `lerna.json` (`libs/*`) and root `tsconfig.json`")).toEqual({
      W: ["lerna.json", "tsconfig.json"],
      R: [],
    });
    expect(
      uses(
        "Extend the `paths` filters in .github/workflows/ci.yml to run when `backend/onboarding/**` changes",
      ),
    ).toEqual({ W: [".github/workflows/ci.yml"], R: [] });
    expect(
      uses("Cached `db:generate` pipeline with `packages/db/src/**` as inputs in ./turbo.json").W,
    ).toEqual(["turbo.json"]);
  });

  it("is read when new code finds or picks up the files it matches", () => {
    expect(uses("Jest projects file `jest.projects.js` that picks up every `apps/*/jest.config.js`")).toEqual(
      {
        W: ["jest.projects.js"],
        R: ["apps/"],
      },
    );
    expect(uses("A loader in `src/plugins.ts` that discovers `plugins/**/index.ts`")).toEqual({
      W: ["src/plugins.ts"],
      R: ["plugins/"],
    });
  });

  it("is still the folder worked on as a whole when the task writes through it", () => {
    expect(uses("Update the licence header in `apps/*/src/main.ts`").W).toEqual(["apps/"]);
    expect(uses("Format `lib/**/*.rb` (rubocop -a)").W).toEqual(["lib/"]);
  });
});
