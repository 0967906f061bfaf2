import { readFileSync } from "node:fs";
import { join } from "node:path";
import { cachedDerivation, installedPackage } from "./package-cache.js";

/**
 * Webhook payloads as GitHub sends them (@octokit/webhooks-examples, recorded from github.com), patched
 * only where a scenario needs it: the repository, the comment, the PR. Hand-made payloads drift from
 * what GitHub sends; these do not.
 */

/** The events maestro's App and Action handle. */
const EVENTS = ["issue_comment", "check_run", "workflow_dispatch"];

type Payload = Record<string, unknown>;

/** A fresh copy of the first example GitHub documents for `event` (with `action`, when given). */
export function webhookExample(event: string, action?: string): Payload {
  const examples = loadExamples()[event] ?? [];
  const found = examples.find((e) => action === undefined || e.action === action);
  if (!found)
    throw new Error(`@octokit/webhooks-examples has no ${event}${action ? `.${action}` : ""} example`);
  return structuredClone(found);
}

/** The repository a scenario's payload points at; by default acme/demo, installation 42 (App deliveries). */
export interface ExampleRepository {
  /** What git clones (the test's bare remote). */
  cloneUrl: string;
  full?: string;
  defaultBranch?: string;
  /** App deliveries name their installation; a workflow's event file does not (null). */
  installationId?: number | null;
}

/** Moves an example to the scenario's repository: every mention of the example's, and the fields the code reads. */
export function inRepository(payload: Payload, where: ExampleRepository): Payload {
  const repository = payload.repository as { full_name: string };
  const full = where.full ?? "acme/demo";
  const [owner = "", name = ""] = full.split("/");
  const moved = JSON.parse(JSON.stringify(payload).replaceAll(repository.full_name, full)) as Payload & {
    repository: { name: string; owner: { login: string }; clone_url: string; default_branch: string };
  };
  moved.repository.name = name;
  moved.repository.owner.login = owner;
  moved.repository.clone_url = where.cloneUrl;
  moved.repository.default_branch = where.defaultBranch ?? "main";
  const installation = where.installationId === undefined ? 42 : where.installationId;
  if (installation === null) delete moved.installation;
  else
    moved.installation = { id: installation, node_id: `MDIzOkludGVncmF0aW9uSW5zdGFsbGF0aW9u${installation}` };
  return moved;
}

/** What an issue_comment scenario may vary. */
export interface CommentScenario {
  body: string;
  action?: string;
  /** The comment's author and the event's sender (default alice). */
  user?: string;
  userType?: string;
  senderType?: string;
  /** The PR (or issue) number, default 7. */
  number?: number;
  state?: string;
  /** A comment on an issue, not a pull request. */
  onIssue?: boolean;
  commentId?: number;
}

/** GitHub's issue_comment example, moved to `where` and made a comment on a pull request. */
export function issueCommentEvent(where: ExampleRepository, scenario: CommentScenario): Payload {
  const payload = inRepository(webhookExample("issue_comment", "created"), where) as Payload & {
    issue: { number: number; state: string; pull_request?: unknown };
    comment: { id: number; body: string; user: { login: string; type: string } };
    sender: { login: string; type: string };
  };
  const user = scenario.user ?? "alice";
  payload.action = scenario.action ?? "created";
  payload.comment.id = scenario.commentId ?? 1001;
  payload.comment.body = scenario.body;
  payload.comment.user.login = user;
  payload.comment.user.type = scenario.userType ?? "User";
  payload.sender.login = user;
  payload.sender.type = scenario.senderType ?? scenario.userType ?? "User";
  const number = scenario.number ?? 7;
  payload.issue.number = number;
  payload.issue.state = scenario.state ?? "open";
  // GitHub's examples are comments on issues; on a PR, the issue carries these links.
  if (!scenario.onIssue) payload.issue.pull_request = pullRequestLinks(where.full ?? "acme/demo", number);
  return payload;
}

function pullRequestLinks(full: string, number: number): Payload {
  return {
    url: `https://api.github.com/repos/${full}/pulls/${number}`,
    html_url: `https://github.com/${full}/pull/${number}`,
    diff_url: `https://github.com/${full}/pull/${number}.diff`,
    patch_url: `https://github.com/${full}/pull/${number}.patch`,
    merged_at: null,
  };
}

/** GitHub's check_run.requested_action example: a click on `identifier` of the run whose memo is `externalId`. */
export function requestedActionEvent(
  where: ExampleRepository,
  click: { identifier: string; externalId: string; user?: string },
): Payload {
  const payload = inRepository(webhookExample("check_run", "requested_action"), where) as Payload & {
    check_run: { name: string; external_id: string };
    requested_action: { identifier: string };
    sender: { login: string };
  };
  payload.check_run.name = "maestro";
  payload.check_run.external_id = click.externalId;
  payload.requested_action.identifier = click.identifier;
  payload.sender.login = click.user ?? "alice";
  return payload;
}

/** GitHub's workflow_dispatch example, run on `branch` (no installation: it is a workflow's event file). */
export function workflowDispatchEvent(where: ExampleRepository, branch: string): Payload {
  const payload = inRepository(webhookExample("workflow_dispatch"), { installationId: null, ...where });
  payload.ref = `refs/heads/${branch}`;
  return payload;
}

function loadExamples(): Record<string, Payload[]> {
  loaded ??= (() => {
    const { dir, version } = installedPackage("@octokit/webhooks-examples");
    // 4 MB for every event; the cache keeps the few maestro handles.
    return cachedDerivation(`webhook-examples-${version}-1`, () => {
      const all = JSON.parse(readFileSync(join(dir, "api.github.com", "index.json"), "utf8")) as Array<{
        name: string;
        examples: Payload[];
      }>;
      return Object.fromEntries(all.filter((e) => EVENTS.includes(e.name)).map((e) => [e.name, e.examples]));
    });
  })();
  return loaded;
}

let loaded: Record<string, Payload[]> | undefined;
