import {
  DEFAULT_CHANNELS,
  NOTIFICATION_CHANNELS,
  NOTIFICATION_KINDS,
  type NotificationChannel,
  type NotificationKind,
  type NotificationPreference,
} from '@concordat/domain';
import type { EntityManager } from 'typeorm';

interface PreferenceRow {
  kind: string;
  channel: string;
  enabled: boolean;
}

/** Every (kind, channel) switch of a user: what they changed, defaults for the rest. */
export async function preferencesOf(
  manager: EntityManager,
  userId: string,
): Promise<NotificationPreference[]> {
  const rows = await manager.query<PreferenceRow[]>(
    `SELECT kind, channel, enabled FROM notification_preferences WHERE user_id = $1`,
    [userId],
  );
  const saved = new Map(rows.map((row) => [`${row.kind}/${row.channel}`, row.enabled]));
  return NOTIFICATION_KINDS.flatMap((kind) =>
    NOTIFICATION_CHANNELS.map((channel) => ({
      kind,
      channel,
      enabled: saved.get(`${kind}/${channel}`) ?? DEFAULT_CHANNELS[kind][channel],
    })),
  );
}

export function isEnabled(
  preferences: readonly NotificationPreference[],
  kind: NotificationKind,
  channel: NotificationChannel,
): boolean {
  return preferences.some((p) => p.kind === kind && p.channel === channel && p.enabled);
}
