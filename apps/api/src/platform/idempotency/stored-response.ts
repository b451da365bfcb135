/** What a command route answered, as an idempotent replay answers it again. */
export interface StoredResponse<Body = unknown> {
  status: number;
  body: Body;
  headers: Record<string, string>;
}
