import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkGitHubRequest } from "./github-openapi.js";
import { installedPackage } from "./package-cache.js";

const CREATE = "/repos/acme/demo/check-runs";
const UPDATE = "/repos/acme/demo/check-runs/9001";

/** A check-run body GitHub accepts, with `changes` merged into it. */
function checkRun(changes: Record<string, unknown> = {}): Record<string, unknown> {
  return { name: "maestro", head_sha: "a".repeat(40), status: "in_progress", ...changes };
}

function output(changes: Record<string, unknown>): Record<string, unknown> {
  return { output: { title: "maestro", summary: "4 tasks", ...changes } };
}

function annotation(changes: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    path: "tasks.md",
    start_line: 3,
    end_line: 3,
    annotation_level: "failure",
    message: "failed",
    ...changes,
  };
}

function problems(method: string, url: string, body?: unknown): string[] {
  return checkGitHubRequest({ method, url, body }).problems;
}

describe("checkGitHubRequest: requests GitHub rejects", () => {
  it.each<[string, string, string, unknown, string]>([
    ["an unknown path", "GET", "/repos/acme/demo/check-suns/1", undefined, "unknown path"],
    ["a method the path does not take", "PUT", CREATE, checkRun(), "unknown method: this path takes POST"],
    [
      "a non-numeric id in the path",
      "PATCH",
      "/repos/acme/demo/check-runs/latest",
      checkRun(),
      "path parameter check_run_id must be integer",
    ],
    [
      "a query value outside its enum",
      "GET",
      "/repos/acme/demo/commits/main/check-runs?filter=newest",
      undefined,
      "query parameter filter must be equal to one of the allowed values (latest, all)",
    ],
    [
      "a missing required field",
      "POST",
      CREATE,
      { name: "maestro" },
      "body must have required property 'head_sha'",
    ],
    ["a missing body", "POST", CREATE, undefined, "the operation requires a request body"],
    ["a body that is not JSON", "POST", CREATE, "name=maestro", "the request body is not JSON"],
    [
      "a body on an operation that takes none",
      "GET",
      "/repos/acme/demo/pulls/7",
      { state: "open" },
      "the operation takes no request body",
    ],
    [
      "a status outside its enum",
      "POST",
      CREATE,
      checkRun({ status: "running" }),
      "body.status must be equal to one of the allowed values (queued, in_progress, completed)",
    ],
    [
      "a conclusion outside its enum",
      "PATCH",
      UPDATE,
      { conclusion: "passed" },
      "body.conclusion must be equal to one of the allowed values",
    ],
    [
      "an annotation level outside its enum",
      "PATCH",
      UPDATE,
      output({ annotations: [annotation({ annotation_level: "error" })] }),
      "body.output.annotations.0.annotation_level must be equal to one of the allowed values (notice, warning, failure)",
    ],
    [
      "a reaction outside its enum",
      "POST",
      "/repos/acme/demo/issues/comments/1001/reactions",
      { content: "party" },
      "body.content must be equal to one of the allowed values (+1, -1, laugh, confused, heart, hooray, rocket, eyes)",
    ],
    [
      "a created run completed without a conclusion",
      "POST",
      CREATE,
      checkRun({ status: "completed" }),
      "`conclusion` is required when `status` is `completed`",
    ],
    [
      "an updated run completed without a conclusion",
      "PATCH",
      UPDATE,
      { status: "completed" },
      "`conclusion` is required when `status` is `completed`",
    ],
    [
      "a completion time without a conclusion",
      "PATCH",
      UPDATE,
      { completed_at: "2025-01-01T12:00:00Z" },
      "`conclusion` is required when `completed_at` is given",
    ],
    [
      "a conclusion of stale",
      "PATCH",
      UPDATE,
      { conclusion: "stale" },
      "`conclusion` cannot be set to `stale`",
    ],
    [
      "a completion time that is not ISO 8601",
      "PATCH",
      UPDATE,
      { conclusion: "success", completed_at: "yesterday" },
      'body.completed_at must match format "date-time"',
    ],
    [
      "a summary of 65,536 characters",
      "PATCH",
      UPDATE,
      output({ summary: "x".repeat(65_536) }),
      "body.output.summary must NOT have more than 65535 characters",
    ],
    [
      "a text of 65,536 characters",
      "PATCH",
      UPDATE,
      output({ text: "x".repeat(65_536) }),
      "body.output.text must NOT have more than 65535 characters",
    ],
    [
      "51 annotations in one request",
      "PATCH",
      UPDATE,
      output({ annotations: Array.from({ length: 51 }, () => annotation()) }),
      "body.output.annotations must NOT have more than 50 items",
    ],
    [
      "an annotation title of 256 characters",
      "PATCH",
      UPDATE,
      output({ annotations: [annotation({ title: "t".repeat(256) })] }),
      "body.output.annotations.0.title is 256 characters, over 255",
    ],
    [
      "an annotation message over 64 KB",
      "PATCH",
      UPDATE,
      output({ annotations: [annotation({ message: "m".repeat(65_537) })] }),
      "body.output.annotations.0.message is 65537 bytes, over 64 KB",
    ],
    [
      "annotation raw_details over 64 KB in UTF-8",
      "PATCH",
      UPDATE,
      output({ annotations: [annotation({ raw_details: "€".repeat(21_846) })] }),
      "body.output.annotations.0.raw_details is 65538 bytes, over 64 KB",
    ],
    [
      "annotation columns across several lines",
      "PATCH",
      UPDATE,
      output({ annotations: [annotation({ end_line: 4, start_column: 1 })] }),
      "body.output.annotations.0 has columns but spans lines 3-4",
    ],
    [
      "an action label of 21 characters",
      "PATCH",
      UPDATE,
      { actions: [{ label: "l".repeat(21), description: "d", identifier: "i" }] },
      "body.actions.0.label must NOT have more than 20 characters",
    ],
    [
      "an action description of 41 characters",
      "PATCH",
      UPDATE,
      { actions: [{ label: "l", description: "d".repeat(41), identifier: "i" }] },
      "body.actions.0.description must NOT have more than 40 characters",
    ],
    [
      "an action identifier of 21 characters",
      "PATCH",
      UPDATE,
      { actions: [{ label: "l", description: "d", identifier: "i".repeat(21) }] },
      "body.actions.0.identifier must NOT have more than 20 characters",
    ],
    [
      "four actions",
      "PATCH",
      UPDATE,
      {
        actions: Array.from({ length: 4 }, (_, i) => ({
          label: `l${i}`,
          description: "d",
          identifier: `i${i}`,
        })),
      },
      "body.actions must NOT have more than 3 items",
    ],
  ])("refuses %s", (_name, method, url, body, expected) => {
    expect(problems(method, url, body).join("\n")).toContain(expected);
  });
});

describe("checkGitHubRequest: requests GitHub accepts", () => {
  it("accepts every limit exactly at its maximum", () => {
    const limits = {
      ...output({
        summary: "s".repeat(65_535),
        text: "t".repeat(65_535),
        annotations: [
          ...Array.from({ length: 49 }, () => annotation()),
          annotation({
            title: "t".repeat(255),
            message: "m".repeat(65_536),
            raw_details: "€".repeat(21_845),
          }),
        ],
      }),
      actions: [{ label: "l".repeat(20), description: "d".repeat(40), identifier: "i".repeat(20) }],
    };
    expect(problems("PATCH", UPDATE, limits)).toEqual([]);
    expect(
      problems("POST", CREATE, checkRun({ status: "completed", conclusion: "success", ...limits })),
    ).toEqual([]);
  });

  it("accepts the request examples GitHub documents for the operations maestro calls", () => {
    const examples = documentedExamples([
      ["post", "/repos/{owner}/{repo}/check-runs"],
      ["patch", "/repos/{owner}/{repo}/check-runs/{check_run_id}"],
      ["post", "/repos/{owner}/{repo}/issues/{issue_number}/comments"],
      ["patch", "/repos/{owner}/{repo}/issues/comments/{comment_id}"],
      ["post", "/repos/{owner}/{repo}/issues/comments/{comment_id}/reactions"],
    ]);
    expect(examples).toHaveLength(6);
    for (const { method, url, body } of examples)
      expect(problems(method, url, body), `${method} ${url}`).toEqual([]);
  });

  it("reads the Enterprise Server layout (/api/v3) as the same API", () => {
    const url = "https://ghe.example.com/api/v3/repos/acme/demo/check-runs";
    const check = checkGitHubRequest({ method: "POST", url, body: checkRun() });
    expect(check).toMatchObject({ operation: { id: "checks/create" }, problems: [] });
    expect(problems("POST", url, checkRun({ status: "done" }))).not.toEqual([]);
  });

  it("matches a literal segment before a parameter, and a file path across segments", () => {
    const id = (method: string, url: string): string | undefined =>
      checkGitHubRequest({ method, url }).operation?.id;
    expect(id("GET", "/repos/acme/demo/issues/comments?per_page=100")).toBe("issues/list-comments-for-repo");
    expect(id("GET", "/repos/acme/demo/issues/7")).toBe("issues/get");
    expect(id("GET", "/repos/acme/demo/contents/.github/maestro.yml?ref=main")).toBe("repos/get-content");
    expect(id("GET", "/repos/acme/demo/contents/.github%2Fmaestro.yml")).toBe("repos/get-content");
  });

  it("takes the body as sent (a JSON string) or parsed", () => {
    expect(problems("POST", CREATE, JSON.stringify(checkRun()))).toEqual([]);
    expect(problems("POST", CREATE, JSON.stringify(checkRun({ status: "done" })))).not.toEqual([]);
  });
});

/** The JSON request examples of the given operations, from the full description (not the index). */
function documentedExamples(
  operations: Array<[string, string]>,
): Array<{ method: string; url: string; body: unknown }> {
  const { dir } = installedPackage("@octokit/openapi");
  const description = JSON.parse(readFileSync(join(dir, "generated", "api.github.com.json"), "utf8")) as {
    paths: Record<
      string,
      Record<
        string,
        { requestBody: { content: Record<string, { examples: Record<string, { value: unknown }> }> } }
      >
    >;
  };
  return operations.flatMap(([method, template]) => {
    const content = description.paths[template]?.[method]?.requestBody.content["application/json"];
    const url = template.replace(/\{(\w+)\}/g, (_, name: string) =>
      /_(id|number)$/.test(name) ? "42" : name,
    );
    return Object.values(content?.examples ?? {}).map(({ value }) => ({ method, url, body: value }));
  });
}
