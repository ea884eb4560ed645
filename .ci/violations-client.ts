// A TypeScript client of three prebuilt catalogs, written against the types that
// openapi-typescript makes of errcat's documents (docs/openapi/*.json). It compiles
// (tsc --strict) only if each code that carries violations has them as a typed array
// in its shape's form; the `@ts-expect-error` lines compile only if those types refuse
// what a shape never writes.
import type { components as Workflow } from "./types/workflow_api";
import type { components as Agent } from "./types/agent_api";
import type { components as ControlPlane } from "./types/control_plane";

// Seed 004: `invalid_body` with Zod issues under `issues`.
type WorkflowBody = Workflow["schemas"]["workflow_api"];
type InvalidBody = Extract<WorkflowBody, { error: "invalid_body" }>;
type Issue = InvalidBody["issues"][number];

// Seed 003: `VALIDATION_ERROR` with Zod issues under `details`.
type AgentBody = Agent["schemas"]["agent_api"];
type ValidationError = Extract<AgentBody, { code: "VALIDATION_ERROR" }>;
type Detail = ValidationError["details"][number];

// Seed 000: `CP_INVALID_BODY` with field violations under `violations`.
type CpBody = ControlPlane["schemas"]["control_plane"];
type CpViolation = NonNullable<Extract<CpBody["error"], { violations: unknown }>["violations"]>[number];

export function zodPath(issue: Issue | Detail): string {
  const path: (string | number)[] = issue.path;
  const code: string = issue.code;
  const message: string = issue.message;
  // Zod's own members (minimum, validation, ...) are open.
  const minimum: unknown = issue["minimum"];
  return `${path.join(".")} ${code} ${message} ${String(minimum)}`;
}

export function fieldPath(violation: CpViolation): string {
  const field: string = violation.field;
  const params: { [key: string]: unknown } | undefined = violation.params;
  return `${field} ${violation.code} ${violation.message} ${JSON.stringify(params)}`;
}

export const issue: Issue = {
  code: "too_small",
  path: ["items", 0, "name"],
  message: "must be at least 1 character long",
  minimum: 1,
};

// A path is an array of keys and indexes, not a string.
// @ts-expect-error
export const notAPath: Issue = { code: "custom", path: "items[0].name", message: "no" };

// A field violation has no `path`, and needs its `field`.
// @ts-expect-error
export const notAField: CpViolation = { code: "custom", path: ["a"], message: "no" };
