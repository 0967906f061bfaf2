import { describe, expect, it } from "vitest";
import { detectDependencies } from "../../../src/core/detect/detect-dependencies.js";
import { handleOf } from "../../../src/core/detect/detect-handle-edges.js";
import { parseTaskList } from "../../../src/core/parse/parse-task-list.js";

// A checklist of numbered steps without [P]: only evidence orders them.
const symbolPairs = (lines: string[], head = ""): string[] =>
  detectDependencies(
    parseTaskList({
      kind: "file",
      path: "plan.md",
      text: `# Plan\n\n${head}Items are in no particular order.\n\n${lines.map((l) => `- [ ] ${l}`).join("\n")}\n`,
    }),
  )
    .edges.filter((e) => e.kind === "symbol")
    .map((e) => `${e.from}>${e.to}`);

const limiter = "Rate limiter: a token bucket per tenant in `lib/limit.ts`";

describe("the name a title opens with", () => {
  it.each([
    ["Rate limiter: a token bucket per tenant", "rate limiter"],
    ["Price table in `lib/prices.ts`, one row per plan", "price table"],
    ["**Invoice number allocator**: hands out gap-free numbers", "invoice number allocator"],
  ])("%s", (title, name) => {
    expect(handleOf(title)).toBe(name);
  });

  it.each([
    "Add the rate limiter: a token bucket per tenant",
    "Limiter: a token bucket per tenant",
    "Wire everything together, then release",
  ])("names nothing: %s", (title) => {
    expect(handleOf(title)).toBeNull();
  });
});

describe("a later task naming another's work with 'the'", () => {
  it("waits for the task whose title opens with that name", () => {
    expect(symbolPairs([limiter, "Guard the upload route with the rate limiter in `api/upload.ts`"])).toEqual(
      ["C001>C002"],
    );
    expect(
      symbolPairs([
        "Price table in `lib/prices.ts`, one row per plan",
        "Quote endpoint in `api/quote.ts`: every amount goes through the yearly price table",
      ]),
    ).toEqual(["C001>C002"]);
    expect(
      symbolPairs([limiter, "Upload route in `api/upload.ts`; start once the rate limiter is merged"]),
    ).toEqual(["C001>C002"]);
  });

  it("does not wait where the words deny, place, reverse or make the name the subject", () => {
    for (const user of [
      "Upload route in `api/upload.ts`; it doesn't need the rate limiter",
      "Document the quotas in the rate limiter section of `docs/ops.md`",
      "Upload route in `api/upload.ts`, merged before the rate limiter",
      "Upload fixtures in `test/upload.json`; the rate limiter above is tested against them",
    ])
      expect(symbolPairs([limiter, user])).toEqual([]);
  });

  it("does not wait for a name two titles open with, a name listed later, or a one-word name", () => {
    const user = "Guard the upload route with the rate limiter in `api/upload.ts`";
    expect(symbolPairs([limiter, "Rate limiter: a leaky bucket for `api/admin.ts`", user])).toEqual([]);
    expect(symbolPairs([user, limiter])).toEqual([]);
    expect(
      symbolPairs([
        "Limiter: a token bucket in `lib/limit.ts`",
        "Guard the upload route with the limiter in `api/up.ts`",
      ]),
    ).toEqual([]);
  });

  it("does not make a test wait: the tests rules order tests", () => {
    const test = "Upload tests in `test/upload.test.ts`, run with the rate limiter and a fake clock";
    expect(symbolPairs([limiter, test])).toEqual([]);
  });
});
