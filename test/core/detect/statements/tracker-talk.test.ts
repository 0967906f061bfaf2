import { describe, expect, it } from "vitest";
import { detect } from "./plan-helpers.js";

const pairs = (text: string) =>
  detect(text)
    .edges.filter((e) => e.kind !== "order")
    .map((e) => `${e.from}>${e.to}`)
    .sort();

// A board exported from a tracker: one project's keys, a discussion below.
const BOARD = (talk: string, extra = "") => `# Sync service

## Project: Engine

- [ ] **SYN-41** Change feed reader in engine/feed.go
- [ ] **SYN-42** Conflict resolver in engine/resolve.go
- [ ] **SYN-43** Engine tests in engine/engine_test.go${extra}

## Project: Launch

- [ ] **SYN-51** Helm chart in deploy/chart/values.yaml
- [ ] **SYN-52** Container image in deploy/Dockerfile
- [ ] **SYN-53** Staging rollout in deploy/staging/main.tf

## Discussion

${talk}
`;

describe("a tracker list's discussion naming issues by number alone", () => {
  it("reads a number as the key of the one project every task belongs to", () => {
    expect(pairs(BOARD("- 53 sits behind 42 even though they live in different projects."))).toEqual([
      "SYN-42>SYN-53",
    ]);
    expect(pairs(BOARD("- Reopening: 53 needs all of 41–43."))).toEqual([
      "SYN-41>SYN-53",
      "SYN-42>SYN-53",
      "SYN-43>SYN-53",
    ]);
  });

  it("reads a place in the queue ('queues behind') as waiting, but not how late a task is", () => {
    expect(pairs(BOARD("- SYN-53 queues behind SYN-52 because both touch the image."))).toEqual([
      "SYN-52>SYN-53",
    ]);
    expect(pairs(BOARD("- SYN-53 is behind SYN-52 in progress; it ships behind a flag."))).toEqual([]);
  });

  it("leaves dates, counts, quantities and numbers with no key alone", () => {
    const talk = [
      "- Sprint: March 41 → March 52.",
      "- 53 ships in batches of 41 after 42 minutes.",
      "- 53 waits for 99 and for migration 000042.",
    ].join("\n");
    expect(pairs(BOARD(talk))).toEqual([]);
  });

  it("reads no number in a task's own text, where the tracker writes keys in full", () => {
    expect(pairs(BOARD("", " — depends on 41"))).toEqual([]);
  });

  it("reads no number where the list's keys belong to more than one project", () => {
    const mixed = BOARD("- 53 sits behind 42.").replace("**SYN-41**", "**OPS-41**");
    expect(pairs(mixed)).toEqual([]);
  });
});

describe("an exception followed by a relative clause", () => {
  const SENTENCE = "Nothing in Launch starts before SYN-43 is green, except SYN-51 and SYN-52";

  it("keeps the exception when the relative clause names nothing to wait for", () => {
    const got = pairs(BOARD(`- ${SENTENCE}, which go as soon as their own blockers are done.`));
    expect(got).toEqual(["SYN-43>SYN-53"]);
    expect(pairs(BOARD(`- ${SENTENCE}.`))).toEqual(["SYN-43>SYN-53"]);
  });

  it("never makes what is excepted the subject of a clause it cannot read", () => {
    const talk =
      "- Nothing in that project starts before SYN-43 is green, except SYN-51, which goes any time.";
    expect(pairs(BOARD(talk))).toEqual([]);
  });

  it("reads a relative clause that names its own object as said of what is excepted", () => {
    const got = pairs(BOARD("- Everything in Launch waits for SYN-41, except SYN-52, which needs SYN-42."));
    expect(got).toEqual(["SYN-41>SYN-51", "SYN-41>SYN-53", "SYN-42>SYN-52"]);
  });

  it("reads no relation of a task with itself from a relative clause without an object", () => {
    const { warnings } = detect(
      BOARD("- Launch does not wait for it, apart from SYN-52, which needs the image."),
    );
    expect(warnings.filter((w) => /relates something to itself/.test(w))).toEqual([]);
  });
});

describe("a task said to come first for everybody, with an exception", () => {
  const FIRST = ["SYN-41>SYN-42", "SYN-41>SYN-43", "SYN-41>SYN-51", "SYN-41>SYN-52", "SYN-41>SYN-53"];

  it("puts it before every other task of a list without phases", () => {
    expect(pairs(BOARD("- SYN-41 comes first for everybody."))).toEqual(FIRST);
    // Must not fire: a scope that is not everybody is no position among the tasks.
    expect(pairs(BOARD("- SYN-41 comes first for the mobile team."))).toEqual([]);
  });

  it("carves out the exception the next sentence names, after an apposition too", () => {
    const said = "- SYN-41 comes first for everybody. The one exception is the image, SYN-52: plain YAML.";
    expect(pairs(BOARD(said))).toEqual(FIRST.filter((p) => p !== "SYN-41>SYN-52"));
  });

  it("reaches over a sentence that restates the rule without naming a task", () => {
    const said =
      "- SYN-41 comes first for everybody — nobody opens a PR before the feed reader is merged. " +
      "The one exception is the image, SYN-52.";
    expect(pairs(BOARD(said))).toEqual(FIRST.filter((p) => p !== "SYN-41>SYN-52"));
    // Must not fire: a sentence naming a task of its own is the rule the exception speaks of.
    const other = "- SYN-41 comes first for everybody. SYN-53 waits for SYN-42. The one exception is SYN-52.";
    expect(pairs(BOARD(other))).toEqual([...FIRST, "SYN-42>SYN-53"].sort());
  });
});
