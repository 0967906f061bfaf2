import { Ajv, type ErrorObject, type ValidateFunction } from "ajv";
import {
  DEFINITIONS_ID,
  githubOpenApiIndex,
  type IndexedOperation,
  type IndexedParameter,
} from "./github-openapi-index.js";
import { proseRuleProblems } from "./github-request-rules.js";

/** A request as a stand-in for GitHub's API sees it. */
export interface GitHubRequest {
  method: string;
  /** The path with its query (`/repos/acme/demo/check-runs?x=1`), or a whole URL. */
  url: string;
  /** The JSON body, parsed or as sent; undefined or "" when there is none. */
  body?: unknown;
}

/** The outcome of checking a request against api.github.com's description. */
export interface GitHubRequestCheck {
  /** The operation the request was matched to, if any. */
  operation: IndexedOperation | null;
  /** Every broken rule; empty: GitHub would accept the request's shape. */
  problems: string[];
}

/** Enterprise Server serves the same API under this prefix. */
const GHES_PREFIX = "/api/v3";

/**
 * Checks a request against GitHub's own description of its REST API (@octokit/openapi, api.github.com):
 * the path template and method exist, path and query parameters and the JSON body match their schemas,
 * and the rules stated only in prose hold (see github-request-rules.ts).
 */
export function checkGitHubRequest(request: GitHubRequest): GitHubRequestCheck {
  const url = new URL(request.url, "https://api.github.com");
  let path = url.pathname;
  if (path === GHES_PREFIX || path.startsWith(`${GHES_PREFIX}/`))
    path = path.slice(GHES_PREFIX.length) || "/";
  const method = request.method.toUpperCase();
  const found = findOperation(method, path);
  if (typeof found === "string") return { operation: null, problems: [found] };
  const { operation, params } = found;
  const query = Object.fromEntries(url.searchParams);
  const problems = [
    ...schemaProblems("path parameter", parametersValidator(operation, "pathParams"), params),
    ...schemaProblems("query parameter", parametersValidator(operation, "query"), query),
    ...bodyProblems(operation, request.body),
  ];
  return { operation, problems };
}

interface Match {
  operation: IndexedOperation;
  params: Record<string, string>;
}

/** An operation with its path template split into segments, once. */
interface Template {
  operation: IndexedOperation;
  parts: string[];
  multiSegment: boolean;
}

let templates: Template[] | undefined;
const found = new Map<string, Match | string>();

/** The operation a method and path call, or why there is none (remembered: tests repeat requests). */
function findOperation(method: string, path: string): Match | string {
  const key = `${method} ${path}`;
  let result = found.get(key);
  if (result === undefined) {
    result = lookUp(method, path);
    found.set(key, result);
  }
  return result;
}

function lookUp(method: string, path: string): Match | string {
  templates ??= githubOpenApiIndex().operations.map((operation) => ({
    operation,
    parts: operation.path.split("/").slice(1),
    multiSegment: Object.values(operation.pathParams).some((p) => p.multiSegment),
  }));
  const segments = path.split("/").slice(1);
  const matches: Match[] = [];
  for (const template of templates) {
    if (!template.multiSegment && template.parts.length !== segments.length) continue;
    const params = matchTemplate(template, segments);
    if (params) matches.push({ operation: template.operation, params });
  }
  if (matches.length === 0) return "unknown path: no operation of GitHub's REST API has this path";
  const forMethod = matches.filter((m) => m.operation.method === method);
  if (forMethod.length === 0) {
    const allowed = [...new Set(matches.map((m) => m.operation.method))].join(", ");
    return `unknown method: this path takes ${allowed}`;
  }
  // `/issues/comments` is both a literal path and `/issues/{issue_number}`: the literal one is meant.
  forMethod.sort((a, b) => literals(b.operation) - literals(a.operation));
  return forMethod[0] as Match;
}

function literals(operation: IndexedOperation): number {
  return operation.path.split("/").filter((s) => s !== "" && !s.startsWith("{")).length;
}

/** The path parameters when `segments` fit the operation's template, else null. */
function matchTemplate(
  { operation, parts: template }: Template,
  segments: string[],
): Record<string, string> | null {
  const params: Record<string, string> = {};
  let at = 0;
  for (const [i, part] of template.entries()) {
    const name = /^\{(.+)\}$/.exec(part)?.[1];
    const segment = segments[at];
    if (segment === undefined || segment === "") return null;
    if (name === undefined) {
      if (segment !== part) return null;
      at++;
      continue;
    }
    // A multi-segment parameter (a file path) takes every segment the rest of the template leaves.
    const take = operation.pathParams[name]?.multiSegment
      ? segments.length - at - (template.length - i - 1)
      : 1;
    if (take < 1) return null;
    params[name] = decoded(segments.slice(at, at + take).join("/"));
    at += take;
  }
  return at === segments.length ? params : null;
}

function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function bodyProblems(operation: IndexedOperation, raw: unknown): string[] {
  const absent = raw === undefined || raw === null || raw === "";
  if (!operation.body) {
    const empty = absent || (typeof raw === "object" && Object.keys(raw).length === 0);
    return empty ? [] : ["the operation takes no request body"];
  }
  if (absent) return operation.body.required ? ["the operation requires a request body"] : [];
  if (!operation.body.schema) return [];
  let body: unknown = raw;
  if (typeof raw === "string") {
    try {
      body = JSON.parse(raw) as unknown;
    } catch {
      return ["the request body is not JSON"];
    }
  }
  return [
    ...schemaProblems("body", bodyValidator(operation), body),
    ...proseRuleProblems(operation.id, body),
  ];
}

function schemaProblems(what: string, validate: ValidateFunction, value: unknown): string[] {
  if (validate(value)) return [];
  return (validate.errors ?? []).map((error) => describeError(what, error));
}

function describeError(what: string, error: ErrorObject): string {
  const where = error.instancePath.slice(1).replaceAll("/", ".");
  const subject = what === "body" ? ["body", where].filter(Boolean).join(".") : `${what} ${where}`.trim();
  const params = error.params as { allowedValues?: unknown[] };
  const allowed = error.keyword === "enum" ? ` (${(params.allowedValues ?? []).join(", ")})` : "";
  return `${subject} ${error.message ?? error.keyword}${allowed}`;
}

let bodies: Ajv | undefined;
let parameters: Ajv | undefined;
const compiled = new Map<string, ValidateFunction>();

/** The compiled body schema of an operation (compiled on first use: most operations are never called). */
function bodyValidator(operation: IndexedOperation): ValidateFunction {
  bodies ??= newAjv(false);
  return compileOnce(bodies, "body", operation.body?.schema ?? {});
}

/** Path and query values arrive as text: this validator reads "42" as the integer 42. */
function parametersValidator(operation: IndexedOperation, where: "pathParams" | "query"): ValidateFunction {
  parameters ??= newAjv(true);
  return compileOnce(parameters, "parameters", objectOf(operation[where]));
}

/** Compiling is the slow part; many operations share a schema (`owner` and `repo`, `per_page` and `page`). */
function compileOnce(ajv: Ajv, kind: string, schema: object): ValidateFunction {
  const key = `${kind} ${JSON.stringify(schema)}`;
  let validate = compiled.get(key);
  if (!validate) {
    validate = ajv.compile(schema);
    compiled.set(key, validate);
  }
  return validate;
}

function objectOf(params: Record<string, IndexedParameter>): object {
  const properties = Object.fromEntries(Object.entries(params).map(([name, p]) => [name, p.schema]));
  const required = Object.entries(params)
    .filter(([, p]) => p.required)
    .map(([name]) => name);
  return { type: "object", properties, required };
}

function newAjv(coerceTypes: boolean): Ajv {
  // Not strict: the description keeps a few OpenAPI keywords ajv does not know by default.
  // Not validated against the meta-schema: the index is built from GitHub's description, and checking
  // its 128 shared schemas would cost every test file a tenth of a second.
  const ajv = new Ajv({
    allErrors: true,
    strict: false,
    validateSchema: false,
    coerceTypes: coerceTypes && "array",
    logger: false,
  });
  ajv.addFormat("date-time", /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/);
  ajv.addFormat("date", /^\d{4}-\d\d-\d\d$/);
  ajv.addFormat("uri", (text: string) => URL.canParse(text));
  ajv.addFormat("int64", { type: "number", validate: (n: number) => Number.isInteger(n) });
  ajv.addFormat("repo.nwo", /^[^/]+\/[^/]+$/);
  ajv.addSchema({ $id: DEFINITIONS_ID, definitions: githubOpenApiIndex().definitions });
  return ajv;
}
