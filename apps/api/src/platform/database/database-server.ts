/** A PostgreSQL server the app talks to, and how to let go of it when the app stops. */
export interface DatabaseServer {
  /** Connection URL of the application database. */
  readonly url: string;
  /** True when the app started the server itself (embedded mode). */
  readonly embedded: boolean;
  /** The cluster folder, for an embedded server. */
  readonly dataDir?: string;
  /** Stops the server if the app owns it; a no-op for an external DATABASE_URL. */
  stop(): Promise<void>;
}

export function externalDatabase(url: string): DatabaseServer {
  return { url, embedded: false, stop: () => Promise.resolve() };
}
