import { join } from "node:path";
import nock from "nock";
import { createActionOctokit } from "../../src/adapters/github/create-action-octokit.js";
import type { GitHubRunDeps, RepositoryFacts } from "../../src/github/github-run-deps.js";
import { newRunContext, type RunContext } from "../../src/github/run-context.js";
import { RunRegistry } from "../../src/github/run-registry.js";
import type { RunTarget } from "../../src/github/run-target.js";
import { FakeGitHub } from "../hardening/github/fake-github.js";
import { fakeRunner } from "../support/fake-runner.js";
import { makeRemote, type RemoteFixture } from "../support/git-fixture.js";
import { API, blockNetwork } from "../support/github-api.js";

/** One step of the GitHub flow under test: a real bare remote, the stand-in API, and a run context. */
export interface StepFixture {
  remote: RemoteFixture;
  gh: FakeGitHub;
  deps: GitHubRunDeps;
  repo: RepositoryFacts;
  network: { unmatched: string[] };
  /** A run context for pull request 7 (or the given target), holding a fresh ticket. */
  context(target?: Partial<RunTarget>): RunContext;
}

/** Builds the fixture; `deps` overrides whatever a step's test needs. */
export function stepFixture(deps: Partial<GitHubRunDeps> = {}, files?: Record<string, string>): StepFixture {
  const network = blockNetwork();
  const remote = makeRemote(files);
  const gh = new FakeGitHub(remote.bare).pull(7, "feature");
  const full: GitHubRunDeps = {
    client: createActionOctokit("ghs_test", { baseUrl: API, fetch: globalThis.fetch, throttle: false }),
    runner: fakeRunner(),
    gitToken: () => Promise.resolve(null),
    workRoot: join(remote.root, "work"),
    agents: { command: null, defaultPreset: "claude", allowedPresets: ["claude"] },
    overrides: {},
    registry: new RunRegistry(),
    timers: { now: () => Date.UTC(2025, 0, 1, 12), setTimeout: () => 0, clearTimeout: () => {} },
    agentEnv: { PATH: process.env.PATH },
    gitEnv: { PATH: process.env.PATH, HOME: process.env.HOME },
    identity: { name: "maestro[bot]", email: "maestro@example.com" },
    buttons: true,
    commentFallback: false,
    log: { info: () => {}, warn: () => {}, error: () => {} },
    retryPause: () => Promise.resolve(),
    ...deps,
  };
  const repo: RepositoryFacts = {
    owner: "acme",
    repo: "demo",
    defaultBranch: "main",
    cloneUrl: remote.bare,
    htmlUrl: "https://github.com/acme/demo",
  };
  let claims = 0;
  return {
    remote,
    gh,
    deps: full,
    repo,
    network,
    context: (target = {}) => {
      const ticket = full.registry.claim(`test#${++claims}`);
      if (ticket === null) throw new Error("unreachable: every context claims its own key");
      return newRunContext(full, repo, ticket, {
        branch: "feature",
        sha: remote.sha,
        pullNumber: 7,
        commandPath: null,
        planOnly: false,
        only: null,
        commentId: 1001,
        ...target,
      });
    },
  };
}

/** What every step test checks at its end: nothing unexpected reached the network or the stand-in. */
export function expectQuietNetwork(f: StepFixture): string[] {
  const problems = [...f.gh.unhandled, ...f.network.unmatched];
  nock.cleanAll();
  return problems;
}
