import { describe, expect, it } from "vitest";
import { splitCommandLine } from "../../../src/core/config/split-command-line.js";

describe("splitCommandLine", () => {
  it("splits like a shell would quote, without running one", () => {
    expect(splitCommandLine(`npm run "test:unit" -- --grep 'a b' $HOME *.ts`)).toEqual({
      argv: ["npm", "run", "test:unit", "--", "--grep", "a b", "$HOME", "*.ts"],
    });
  });

  it("refuses shell operators and empty commands", () => {
    expect(splitCommandLine("npm test && rm -rf /")).toEqual({
      problem: 'shell operator "&&" is not supported (no shell runs)',
    });
    expect(splitCommandLine("cat x | sh")).toEqual({
      problem: 'shell operator "|" is not supported (no shell runs)',
    });
    expect(splitCommandLine("echo $(touch /tmp/pwned)")).toHaveProperty("problem");
    expect(splitCommandLine("   ")).toEqual({ problem: "it is empty" });
  });
});
