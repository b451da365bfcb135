import {
  type AuditEventView,
  eventChanges,
  type FieldChange,
  type FieldState,
  foldFieldState,
  needsPriorState,
  USER_ID_FIELDS,
} from '@concordat/domain';
import type { EntityManager } from 'typeorm';

/** One row of the page query: the event with its actor and agreement joined. */
export interface AuditEventRow {
  position: string;
  stream_id: string;
  stream_version: number;
  type: string;
  payload: Record<string, unknown>;
  actor_id: string;
  occurred_at: Date;
  hash: string;
  global_hash: string;
  actor_name: string | null;
  actor_role: string | null;
  agreement_id: string | null;
  agreement_title: Record<string, string> | null;
  title_languages: string[] | null;
}

interface PriorEventRow {
  stream_id: string;
  stream_version: number;
  type: string;
  payload: Record<string, unknown>;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isUserField = (field: string): boolean =>
  (USER_ID_FIELDS as readonly string[]).includes(field);

/**
 * The stream state before each event that needs it (edits compare with it): one query
 * reads the earlier events of just those streams, up to the page's last version in each.
 */
async function priorStates(
  db: EntityManager,
  rows: readonly AuditEventRow[],
): Promise<Map<string, FieldState>> {
  const upTo = new Map<string, number>();
  for (const row of rows) {
    if (!needsPriorState(row.type, row.payload)) continue;
    upTo.set(row.stream_id, Math.max(upTo.get(row.stream_id) ?? 0, row.stream_version));
  }
  const states = new Map<string, FieldState>();
  if (upTo.size === 0) return states;
  const earlier = await db.query<PriorEventRow[]>(
    `SELECT e.stream_id, e.stream_version, e.type, e.payload
       FROM unnest($1::uuid[], $2::int[]) AS w(stream_id, up_to)
       JOIN events e ON e.stream_id = w.stream_id AND e.stream_version < w.up_to
      ORDER BY e.stream_id, e.stream_version`,
    [[...upTo.keys()], [...upTo.values()]],
  );
  // Fold each stream once, noting the state before every version.
  let stream = '';
  let state: FieldState = {};
  for (const event of earlier) {
    if (event.stream_id !== stream) {
      stream = event.stream_id;
      state = {};
    }
    state = foldFieldState(state, event.type, event.payload);
    states.set(`${event.stream_id}:${event.stream_version + 1}`, state);
  }
  return states;
}

/** Every user id the page mentions (on-behalf-of and user fields of the changes). */
function mentionedUsers(rows: readonly AuditEventRow[], changes: FieldChange[][]): string[] {
  const ids = new Set<string>();
  const add = (value: unknown): void => {
    if (typeof value === 'string' && UUID.test(value)) ids.add(value);
    if (Array.isArray(value)) value.forEach(add);
  };
  rows.forEach((row) => {
    add(row.payload['onBehalfOf']);
  });
  changes.flat().forEach((change) => {
    if (!isUserField(change.field)) return;
    add(change.from);
    add(change.to);
  });
  return [...ids];
}

function withNames(change: FieldChange, names: ReadonlyMap<string, string>): FieldChange {
  if (!isUserField(change.field)) return change;
  const name = (value: unknown): unknown =>
    typeof value === 'string'
      ? (names.get(value) ?? value)
      : Array.isArray(value)
        ? value.map(name)
        : value;
  return {
    field: change.field,
    ...('from' in change ? { from: name(change.from) } : {}),
    ...('to' in change ? { to: name(change.to) } : {}),
  };
}

/** The page's rows as the audit log shows them, in the rows' order. */
export async function auditEventViews(
  db: EntityManager,
  rows: readonly AuditEventRow[],
): Promise<AuditEventView[]> {
  const states = await priorStates(db, rows);
  const changes = rows.map((row) =>
    eventChanges(row.type, row.payload, states.get(`${row.stream_id}:${row.stream_version}`) ?? {}),
  );
  const ids = mentionedUsers(rows, changes);
  const users =
    ids.length === 0
      ? []
      : await db.query<Array<{ id: string; name: string }>>(
          `SELECT id, name FROM users WHERE id = ANY ($1::uuid[])`,
          [ids],
        );
  const names = new Map(users.map((user) => [user.id, user.name]));
  return rows.map((row, index) => {
    const onBehalfOf = row.payload['onBehalfOf'];
    return {
      position: row.position,
      occurredAt: row.occurred_at.toISOString(),
      streamId: row.stream_id,
      version: row.stream_version,
      type: row.type,
      actor: { id: row.actor_id, name: row.actor_name ?? row.actor_id, role: row.actor_role },
      onBehalfOf:
        typeof onBehalfOf === 'string'
          ? { id: onBehalfOf, name: names.get(onBehalfOf) ?? onBehalfOf }
          : null,
      agreement:
        row.agreement_id === null || row.agreement_title === null
          ? null
          : {
              id: row.agreement_id,
              title: row.agreement_title,
              titleLanguages: row.title_languages,
            },
      payload: row.payload,
      hash: row.hash,
      globalHash: row.global_hash,
      changes: (changes[index] ?? []).map((change) => withNames(change, names)),
    };
  });
}
