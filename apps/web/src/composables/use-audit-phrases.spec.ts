import type { FieldChange, UiLanguage } from '@concordat/domain';
import { mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { describe, expect, it } from 'vitest';
import { defineComponent, h } from 'vue';
import { createAppI18n } from '@/i18n';
import { useAuditPhrases } from './use-audit-phrases';

/** The phrases of `changes` of an event of `type`, as the audit log prints them in `locale`. */
function phrased(locale: UiLanguage, type: string, changes: FieldChange[]): string[] {
  let lines: string[] = [];
  const Probe = defineComponent({
    setup() {
      const { typeLabel, phrase } = useAuditPhrases();
      lines = [typeLabel(type), ...changes.map(phrase)];
      return () => h('div');
    },
  });
  mount(Probe, { global: { plugins: [createPinia(), createAppI18n(locale)] } });
  return lines;
}

describe('the audit log phrases the reads it records', () => {
  it('says in Russian what an export asked for', () => {
    expect(
      phrased('ru', 'ExportRequested', [
        { field: 'format', to: 'csv-excel' },
        { field: 'scope', to: 'selection' },
        { field: 'language', to: 'vi' },
        { field: 'types', to: ['DraftApproved', 'ClearanceRefused'] },
      ]),
    ).toEqual([
      'Запрошен экспорт',
      'Формат: CSV для Excel',
      'Что доказывает: каждое событие по отдельности (выборка)',
      'Язык: вьетнамский',
      'Типы событий: Проект утверждён, В разрешении на подписание отказано',
    ]);
  });

  it('gives a broken verification in Japanese and a dossier download in Vietnamese', () => {
    expect(
      phrased('ja', 'EventLogVerified', [
        { field: 'ok', to: false },
        { field: 'problem', to: 'event-hash-mismatch' },
      ]),
    ).toEqual(['イベントログを検証', 'ログは完全: いいえ', '問題: イベントがハッシュと一致しない']);
    expect(phrased('vi', 'DossierExported', [{ field: 'language', to: 'ja' }])).toEqual([
      'Đã tải hồ sơ (PDF)',
      'Ngôn ngữ: tiếng Nhật',
    ]);
  });
});
