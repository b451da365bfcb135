import type { FieldError } from './api-error.js';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** RFC 9457 problem details, plus our stable `code` and per-field `errors`. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  code: string;
  errors?: FieldError[];
  [extension: string]: unknown;
}

const TYPE_BASE = 'https://concordat.dev/problems/';

/** `REQUIRED_FIELD_MISSING` → `https://concordat.dev/problems/required-field-missing`. */
export function problemType(code: string): string {
  return TYPE_BASE + code.toLowerCase().replaceAll('_', '-');
}
