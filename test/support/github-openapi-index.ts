import { readFileSync } from "node:fs";
import { join } from "node:path";
import { cachedDerivation, installedPackage } from "./package-cache.js";

/** The `$id` under which the description's shared schemas are registered with the validator. */
export const DEFINITIONS_ID = "https://maestro.test/github-openapi/definitions.json";

/** One parameter of an operation: its JSON schema, and whether it must be present. */
export interface IndexedParameter {
  required: boolean;
  schema: object;
  /** A path parameter that may span several segments (`{path}` of the contents API). */
  multiSegment: boolean;
}

/** What the validator needs of one operation of GitHub's REST API. */
export interface IndexedOperation {
  id: string;
  /** Upper case. */
  method: string;
  /** The path template, e.g. `/repos/{owner}/{repo}/check-runs`. */
  path: string;
  /** The JSON request body, when the operation takes one; `schema` absent: not JSON (e.g. raw uploads). */
  body: { required: boolean; schema?: object } | null;
  pathParams: Record<string, IndexedParameter>;
  query: Record<string, IndexedParameter>;
}

/** Every operation of api.github.com, compacted: no prose, no examples, only the schemas they use. */
export interface GitHubOpenApiIndex {
  /** The @octokit/openapi version it was built from. */
  version: string;
  operations: IndexedOperation[];
  /** The shared schemas the operations refer to (by `DEFINITIONS_ID#/definitions/<name>`). */
  definitions: Record<string, object>;
}

/** Bump when the index's shape or the compaction changes, so cached indexes are rebuilt. */
const FORMAT = 3;

/**
 * The index of api.github.com's description, read from the cache or built from @octokit/openapi (a
 * 13 MB file that takes a quarter second to parse; the index is a fraction of that).
 */
export function githubOpenApiIndex(): GitHubOpenApiIndex {
  if (loaded) return loaded;
  const { dir, version } = installedPackage("@octokit/openapi");
  loaded = cachedDerivation(`github-openapi-${version}-${FORMAT}`, () => {
    const text = readFileSync(join(dir, "generated", "api.github.com.json"), "utf8");
    return buildIndex(JSON.parse(text) as Description, version);
  });
  return loaded;
}

let loaded: GitHubOpenApiIndex | undefined;

interface Description {
  paths: Record<string, Record<string, RawOperation>>;
  components: { schemas: Record<string, object>; parameters: Record<string, RawParameter> };
}
interface RawOperation {
  operationId: string;
  parameters?: Array<RawParameter | { $ref: string }>;
  requestBody?: { required?: boolean; content: Record<string, { schema?: object }> };
}
interface RawParameter {
  name: string;
  in: string;
  required?: boolean;
  schema?: object;
  "x-multi-segment"?: boolean;
}

const METHODS = new Set(["get", "post", "put", "patch", "delete", "head", "options"]);

/** Builds the index from the parsed description. */
export function buildIndex(description: Description, version: string): GitHubOpenApiIndex {
  const used = new Set<string>();
  const operations: IndexedOperation[] = [];
  for (const [path, item] of Object.entries(description.paths)) {
    for (const [method, raw] of Object.entries(item)) {
      if (!METHODS.has(method)) continue;
      operations.push(indexOperation(description, path, method, raw, used));
    }
  }
  // Shared schemas refer to one another: follow the references until no new name turns up.
  const definitions: Record<string, object> = {};
  const queue = [...used];
  for (const name of queue) {
    const refs = new Set<string>();
    definitions[name] = compact(description.components.schemas[name] ?? {}, refs);
    for (const ref of refs) if (!queue.includes(ref)) queue.push(ref);
  }
  return { version, operations, definitions };
}

function indexOperation(
  description: Description,
  path: string,
  method: string,
  raw: RawOperation,
  used: Set<string>,
): IndexedOperation {
  const pathParams: Record<string, IndexedParameter> = {};
  const query: Record<string, IndexedParameter> = {};
  for (const entry of raw.parameters ?? []) {
    const parameter = resolveParameter(description, entry);
    const indexed: IndexedParameter = {
      required: parameter.required === true,
      schema: textual(compact(parameter.schema ?? {}, used)),
      multiSegment: parameter["x-multi-segment"] === true,
    };
    if (parameter.in === "path") pathParams[parameter.name] = indexed;
    if (parameter.in === "query") query[parameter.name] = indexed;
  }
  const content = raw.requestBody?.content ?? {};
  const json = Object.entries(content).find(([type]) => type.startsWith("application/json"))?.[1];
  const body = raw.requestBody
    ? {
        required: raw.requestBody.required === true,
        ...(json?.schema ? { schema: compact(json.schema, used) } : {}),
      }
    : null;
  return { id: raw.operationId, method: method.toUpperCase(), path, body, pathParams, query };
}

/**
 * A parameter arrives as text, and "42" fits both branches of `oneOf: [integer, string]` (a workflow's
 * id or file name): for parameters, one fitting branch is enough.
 */
function textual(schema: object): object {
  return JSON.parse(JSON.stringify(schema).replaceAll('"oneOf":', '"anyOf":')) as object;
}

function resolveParameter(description: Description, entry: RawParameter | { $ref: string }): RawParameter {
  if (!("$ref" in entry)) return entry;
  const name = entry.$ref.replace("#/components/parameters/", "");
  const parameter = description.components.parameters[name];
  if (!parameter) throw new Error(`the description refers to an unknown parameter ${entry.$ref}`);
  return parameter;
}

/** Annotations: none of them constrains a value. */
const ANNOTATIONS = new Set([
  "description",
  "example",
  "examples",
  "title",
  "externalDocs",
  "default",
  "deprecated",
]);
/** Keywords whose value is a schema, a list of schemas or a map of schemas. */
const SCHEMA = new Set(["items", "additionalProperties", "not"]);
const SCHEMA_LIST = new Set(["allOf", "anyOf", "oneOf"]);
const SCHEMA_MAP = new Set(["properties", "patternProperties"]);

/**
 * A schema without its prose, its `$ref`s pointing at DEFINITIONS_ID; records the shared schemas it
 * uses in `used`. Only keyword positions are walked: a property named `title` stays a property.
 */
function compact(schema: object, used: Set<string>): object {
  const out: Record<string, unknown> = {};
  const nullable = (schema as { nullable?: unknown }).nullable === true;
  for (const [key, value] of Object.entries(schema) as Array<[string, unknown]>) {
    if (ANNOTATIONS.has(key) || key.startsWith("x-")) continue;
    if (key === "$ref" && typeof value === "string") {
      const name = value.replace("#/components/schemas/", "");
      used.add(name);
      out.$ref = `${DEFINITIONS_ID}#/definitions/${name}`;
    } else if (SCHEMA.has(key) && typeof value === "object" && value !== null) {
      out[key] = compact(value, used);
    } else if (SCHEMA_LIST.has(key) && Array.isArray(value)) {
      out[key] = (value as object[]).map((s) => compact(s, used));
    } else if (SCHEMA_MAP.has(key) && typeof value === "object" && value !== null) {
      const entries = Object.entries(value as Record<string, object>);
      out[key] = Object.fromEntries(entries.map(([name, s]) => [name, compact(s, used)]));
    } else if (key !== "nullable") {
      out[key] = value;
    }
  }
  return nullable ? allowNull(out) : out;
}

/**
 * OpenAPI 3.0's `nullable: true` in plain JSON Schema (ajv accepts `nullable` only beside a `type`, and
 * the description also puts it beside `$ref`, `allOf` and `enum`).
 */
function allowNull(schema: Record<string, unknown>): object {
  if (typeof schema.type === "string" && !("$ref" in schema)) {
    const values = schema.enum as unknown[] | undefined;
    const enumeration = values && !values.includes(null) ? [...values, null] : values;
    return { ...schema, type: [schema.type, "null"], ...(enumeration ? { enum: enumeration } : {}) };
  }
  return { anyOf: [schema, { type: "null" }] };
}
