import type { DashboardCalendarView, DashboardQuery, DashboardView } from '@concordat/domain';
import { defineStore } from 'pinia';
import { ref } from 'vue';
import { getDashboardApi, getDashboardCalendarApi } from '@/api/dashboard';

/** The dashboard's counts and its month calendar; a late answer never overwrites a newer one. */
export const useDashboardStore = defineStore('dashboard', () => {
  const view = ref<DashboardView | null>(null);
  const loading = ref(false);
  const error = ref<unknown>(null);
  const calendar = ref<DashboardCalendarView | null>(null);
  const calendarLoading = ref(false);
  const calendarError = ref<unknown>(null);
  let viewRequest = 0;
  let calendarRequest = 0;

  async function load(filters: DashboardQuery): Promise<void> {
    const id = ++viewRequest;
    loading.value = true;
    error.value = null;
    try {
      const result = await getDashboardApi(filters);
      if (id === viewRequest) view.value = result;
    } catch (failure) {
      if (id === viewRequest) error.value = failure;
    } finally {
      if (id === viewRequest) loading.value = false;
    }
  }

  async function loadCalendar(month: string, filters: DashboardQuery): Promise<void> {
    const id = ++calendarRequest;
    calendarLoading.value = true;
    calendarError.value = null;
    try {
      const result = await getDashboardCalendarApi(month, filters);
      if (id === calendarRequest) calendar.value = result;
    } catch (failure) {
      if (id === calendarRequest) calendarError.value = failure;
    } finally {
      if (id === calendarRequest) calendarLoading.value = false;
    }
  }

  return {
    view,
    loading,
    error,
    calendar,
    calendarLoading,
    calendarError,
    load,
    loadCalendar,
  };
});
