/** An event to append: its type and its payload, as the domain produced it. */
export interface NewEvent {
  type: string;
  data: object;
}

/** An event as the log holds it. */
export interface StoredEvent {
  /** Global position; a bigint, kept as a string so it never loses precision. */
  position: string;
  streamId: string;
  version: number;
  type: string;
  data: Record<string, unknown>;
  actorId: string;
  occurredAt: string;
}
