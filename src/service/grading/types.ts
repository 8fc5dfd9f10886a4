// The grading's shapes, named once: the API's (generated from openapi.yaml) and the few
// internal ones shared by the runner, the stores and the routes.
import type { components } from "../../generated/openapi.js";

type S = components["schemas"];
export type GradingRequest = S["GradingRequest"];
export type GradingTest = S["GradingTest"];
export type GradingPolicy = S["GradingPolicy"];
export type GradingResult = S["GradingResult"];
export type GradingStatus = S["GradingStatus"];
export type TestResult = S["TestResult"];
export type TestStatus = S["TestStatus"];
export type TestMethodResult = S["TestMethodResult"];
export type ApiLimits = S["Limits"];
export type Suite = S["Suite"];
export type Delivery = S["Delivery"];
export type SyntaxErrorLocation = S["SyntaxErrorLocation"];

/** What the runner grades: the request with its suite resolved. */
export interface GradingInput {
  source: string;
  filename: string;
  files?: Record<string, string>;
  limits?: ApiLimits;
  tests: GradingTest[];
  policy?: GradingPolicy;
  checker?: string;
}

/** The runner's answer: everything of GradingResult but the job's own fields. */
export interface GradingOutcome {
  gradable: boolean;
  syntaxError?: SyntaxErrorLocation;
  score: number;
  maxScore: number;
  tests: TestResult[];
}

/** A grading as stored: the job, its input, its result so far. */
export interface GradingRecord {
  id: string;
  /** The API key id that created it ("" with auth off): only it may read it. */
  owner: string;
  status: GradingStatus;
  createdAt: string;
  startedAt?: string;
  completedAt?: string;
  suite?: string;
  input: GradingInput;
  callbackUrl?: string;
  outcome?: GradingOutcome;
}
