import { describe, expect, it } from "vitest";
import { isTestPath, isTestSupportPath } from "../../../src/core/detect/test-file-conventions.js";

describe("test files by each language's convention", () => {
  it.each([
    "pkg/cache/cache_test.go",
    "tests/unit/test_parser.py",
    "lib/test_loader.py",
    "app/conftest.py",
    "src/user.test.ts",
    "web/cart.spec.tsx",
    "src/parse.bench.ts",
    "spec/models/order_spec.rb",
    "src/test/java/com/acme/OrderServiceTest.java",
    "Acme.Tests/BillingTests.cs",
    "cmd/tool/testdata/script/help.txtar",
    "benches/throughput.rs",
    "features/login.feature",
  ])("%s is a test file", (path) => expect(isTestPath(path)).toBe(true));

  it.each([
    "internal/spec/spec.go",
    "src/specification/loader.ts",
    "docs/testing-guide.md",
    "src/contest/rules.py",
    "pkg/latest/version.go",
    "src/Testimonials.tsx",
  ])("%s is not a test file", (path) => expect(isTestPath(path)).toBe(false));
});

describe("what tests stand on without testing anything", () => {
  it.each([
    "tests/conftest.py",
    "test/fixtures/invoices.json",
    "spec/spec_helper.rb",
    "test/__mocks__/mailer.ts",
    "tests/setup.ts",
    "pkg/parse/testdata/empty.yaml",
  ])("%s is test support", (path) => expect(isTestSupportPath(path)).toBe(true));

  it.each([
    "tests/test_helpers.py",
    "tests/unit/test_ledger.py",
    "src/helpers.ts",
    "test/fixtures.spec.ts",
    "tests/",
  ])("%s is not test support", (path) => expect(isTestSupportPath(path)).toBe(false));
});
