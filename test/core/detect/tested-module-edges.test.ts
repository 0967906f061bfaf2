import { describe, expect, it } from "vitest";
import { testedModule } from "../../../src/core/detect/detect-tested-module-edges.js";
import { detect } from "./statements/plan-helpers.js";

const pairs = (lines: string[], notes = ""): string[] =>
  detect(`# Tasks\n\n## Phase 1: Billing\n\n${lines.join("\n")}\n\n${notes}`)
    .edges.filter((e) => e.kind === "order")
    .map((e) => `${e.from}>${e.to}`);

describe("a test file named after a module", () => {
  it("names the module by each ecosystem's convention", () => {
    expect(testedModule("billing/tests/test_rating.py")).toBe("rating.py");
    expect(testedModule("pkg/quota/quota_test.go")).toBe("quota.go");
    expect(testedModule("web/src/__tests__/Cart.test.tsx")).toBe("cart.tsx");
    expect(testedModule("src/test/java/app/LedgerTest.java")).toBe("ledger.java");
    expect(testedModule("spec/models/invoice_spec.rb")).toBe("invoice.rb");
    // Must not fire: test support and plain files name no module.
    expect(testedModule("tests/conftest.py")).toBeNull();
    expect(testedModule("billing/rating.py")).toBeNull();
  });

  it("waits for the earlier task that makes the module", () => {
    const lines = [
      "- [ ] T001 [P] Rating engine in billing/rating.py",
      "- [ ] T002 [P] Property tests for the rating engine in billing/tests/test_rating.py",
      "- [ ] T003 [P] Cart store in web/src/cart.ts",
      "- [ ] T004 [P] Cart tests in web/src/__tests__/cart.test.tsx",
    ];
    expect(pairs(lines)).toEqual(["T001>T002", "T003>T004"]);
  });

  it("tests the module of its own folder where several modules share a name", () => {
    // Every Go package has its service.go: a Go test beside the code tests its own folder's.
    const go = [
      "- [ ] T001 [P] Returns service in internal/returns/service.go",
      "- [ ] T002 [P] Refund service tests in internal/refund/service_test.go",
      "- [ ] T003 [P] Refund service in internal/refund/service.go",
      "- [ ] T004 [P] Returns service tests in internal/returns/service_test.go",
    ];
    expect(pairs(go)).toEqual(["T001>T004"]);
    // Elsewhere the module whose folders the test's share: the carriers' jobs, not the first jobs.py.
    const django = [
      "- [ ] T001 [P] Email job in parcel/notifications/jobs.py",
      "- [ ] T002 [P] Carrier sync job in parcel/carriers/jobs.py",
      "- [ ] T003 [P] Carrier job tests in parcel/carriers/tests/test_jobs.py",
    ];
    expect(pairs(django)).toEqual(["T002>T003"]);
    // A Go test in a test tree tests the module it is named after, wherever it is.
    const tree = [
      "- [ ] T001 [P] Putaway scoring in internal/location/putaway.go",
      "- [ ] T002 [P] Putaway integration test in tests/integration/putaway_test.go",
    ];
    expect(pairs(tree)).toEqual(["T001>T002"]);
  });

  it("does not fire where the tests come first, or for a later change of the module", () => {
    // Listed first, to fail first: no edge back.
    const first = [
      "- [ ] T001 [P] Property tests in billing/tests/test_rating.py",
      "- [ ] T002 [P] Rating engine in billing/rating.py",
    ];
    expect(pairs(first)).toEqual([]);
    // A list that binds tests first keeps its own order.
    const bound = [
      "- [ ] T001 [P] Rating engine in billing/rating.py",
      "- [ ] T002 [P] Property tests in billing/tests/test_rating.py",
    ];
    expect(pairs(bound, "## Notes\n\nTests MUST be written and FAIL before implementation.\n")).toEqual([]);
    // A test whose own words say it is written first.
    const red = [
      "- [ ] T001 [P] Rating engine in billing/rating.py",
      "- [ ] T002 [P] Property tests in billing/tests/test_rating.py (test-first: red until the engine lands)",
    ];
    expect(pairs(red)).toEqual([]);
    // French: "written first" in the participle ("on l'écrit d'abord", "tests écrits d'abord").
    const rouge = (words: string): string[] => [
      "- [ ] T001 [P] Rating engine in billing/rating.py",
      `- [ ] T002 [P] Property tests in billing/tests/test_rating.py (${words})`,
    ];
    expect(pairs(rouge("on l'écrit d'abord, il doit échouer"))).toEqual([]);
    expect(pairs(rouge("tests écrits d'abord"))).toEqual([]);
    // Must not fire: written, but not first.
    expect(pairs(rouge("écrit après le moteur"))).toEqual(["T001>T002"]);
    // Only the task that makes the module: a later change to it is other work.
    const changed = [
      "- [ ] T001 [P] Rating engine in billing/rating.py",
      "- [ ] T002 [P] Volume discounts in billing/rating.py",
      "- [ ] T003 [P] Property tests in billing/tests/test_rating.py",
    ];
    expect(pairs(changed)).toEqual(["T001>T003"]);
  });
});
