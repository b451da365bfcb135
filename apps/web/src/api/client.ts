/**
 * The one HTTP client of the web app. Pages and stores never call `fetch`: they call the
 * typed functions in `src/api/<feature>.ts`, which call this client. Interceptors add the
 * session token and `Accept-Language`, and turn RFC 9457 problem+json into `ApiError`.
 */

export interface FieldProblem {
  /** Dotted path into the request body, e.g. `title.vi` or `partners.0.country`. */
  field: string;
  message: string;
}

export interface ProblemDetails {
  type?: string;
  title?: string;
  status: number;
  detail?: string;
  code?: string;
  errors?: FieldProblem[];
}

/** A request the server answered with an error status (or that never reached it: status 0). */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string | undefined;
  readonly problem: ProblemDetails | undefined;
  /** The first message per field path, ready to show next to the form field. */
  readonly fieldErrors: Readonly<Record<string, string>>;

  constructor(status: number, problem?: ProblemDetails, message?: string) {
    super(message ?? problem?.detail ?? problem?.title ?? `Request failed with status ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
    this.code = problem?.code;
    this.fieldErrors = fieldErrorsOf(problem);
  }

  get isNetworkError(): boolean {
    return this.status === 0;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/** Maps `errors: [{field, message}]` to `{ field: message }`, keeping the first message per field. */
export function fieldErrorsOf(problem: ProblemDetails | undefined): Record<string, string> {
  const result: Record<string, string> = {};
  for (const entry of problem?.errors ?? []) {
    if (typeof entry?.field !== 'string' || typeof entry.message !== 'string') continue;
    if (!(entry.field in result)) result[entry.field] = entry.message;
  }
  return result;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads a problem+json body leniently: a proxy or crash may answer with anything. */
export function parseProblem(status: number, body: unknown): ProblemDetails {
  if (!isRecord(body)) return { status };
  const text = (key: string): string | undefined =>
    typeof body[key] === 'string' ? (body[key] as string) : undefined;
  const errors = Array.isArray(body.errors)
    ? body.errors.filter(
        (e): e is FieldProblem =>
          isRecord(e) && typeof e.field === 'string' && typeof e.message === 'string',
      )
    : undefined;
  return {
    status: typeof body.status === 'number' ? body.status : status,
    type: text('type'),
    title: text('title'),
    detail: text('detail'),
    code: text('code'),
    errors,
  };
}

/** An array repeats the parameter (`type=A&type=B`). */
export type QueryValue = string | number | boolean | null | undefined | readonly string[];

export interface RequestOptions {
  query?: Record<string, QueryValue>;
  body?: unknown;
  headers?: Record<string, string>;
  /** Sent as `If-Match`, for commands that must not overwrite someone else's change. */
  ifMatch?: string;
  /** Skip the "session ended" handling, for the sign-in and who-am-I calls themselves. */
  skipAuthRedirect?: boolean;
}

export interface RequestContext {
  method: string;
  path: string;
  headers: Headers;
  options: RequestOptions;
}

export interface ApiResponse<T> {
  data: T;
  status: number;
  etag: string | null;
}

export type RequestInterceptor = (context: RequestContext) => void;
export type ErrorInterceptor = (error: ApiError, context: RequestContext) => void;

type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

export class HttpClient {
  readonly interceptors = {
    request: [] as RequestInterceptor[],
    error: [] as ErrorInterceptor[],
  };

  /** Resolved per call so tests can stub `globalThis.fetch`. */
  constructor(
    private readonly fetchImpl: FetchLike = (input, init) => globalThis.fetch(input, init),
  ) {}

  async request<T>(
    method: string,
    path: string,
    options: RequestOptions = {},
  ): Promise<ApiResponse<T>> {
    const headers = new Headers({ Accept: 'application/json, application/problem+json' });
    for (const [name, value] of Object.entries(options.headers ?? {})) headers.set(name, value);
    if (options.ifMatch) headers.set('If-Match', options.ifMatch);
    const hasBody = options.body !== undefined;
    // A file upload goes as multipart; fetch sets its Content-Type with the boundary.
    const isForm = typeof FormData !== 'undefined' && options.body instanceof FormData;
    // JSON.stringify keeps every string exactly as typed: no trimming, no normalisation.
    if (hasBody && !isForm) headers.set('Content-Type', 'application/json');

    const context: RequestContext = { method, path, headers, options };
    for (const interceptor of this.interceptors.request) interceptor(context);

    let response: Response;
    try {
      response = await this.fetchImpl(buildUrl(path, options.query), {
        method,
        headers,
        body: isForm
          ? (options.body as FormData)
          : hasBody
            ? JSON.stringify(options.body)
            : undefined,
        credentials: 'same-origin',
      });
    } catch (cause) {
      throw this.fail(
        new ApiError(0, undefined, cause instanceof Error ? cause.message : 'Network error'),
        context,
      );
    }

    const body = await readBody(response);
    if (!response.ok)
      throw this.fail(new ApiError(response.status, parseProblem(response.status, body)), context);
    return { data: body as T, status: response.status, etag: response.headers.get('ETag') };
  }

  async get<T>(path: string, options?: RequestOptions): Promise<T> {
    return (await this.request<T>('GET', path, options)).data;
  }

  async post<T>(path: string, body?: unknown, options?: RequestOptions): Promise<T> {
    return (await this.request<T>('POST', path, { ...options, body })).data;
  }

  private fail(error: ApiError, context: RequestContext): ApiError {
    for (const interceptor of this.interceptors.error) interceptor(error, context);
    return error;
  }
}

function buildUrl(path: string, query: RequestOptions['query']): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) {
      for (const item of value as readonly string[]) params.append(key, item);
      continue;
    }
    params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

async function readBody(response: Response): Promise<unknown> {
  if (response.status === 204) return undefined;
  const text = await response.text();
  if (!text) return undefined;
  const type = response.headers.get('Content-Type') ?? '';
  if (type.includes('json')) {
    try {
      return JSON.parse(text);
    } catch {
      return text;
    }
  }
  return text;
}

export const httpClient = new HttpClient();
