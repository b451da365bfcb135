import 'element-plus/dist/index.css';
import './styles/main.css';
import './styles/panels.css';
import { ElMessage } from 'element-plus';
import { createPinia } from 'pinia';
import { createApp } from 'vue';
import { httpClient } from '@/api/client';
import { installInterceptors } from '@/api/interceptors';
import { i18n } from '@/i18n';
import { createAppRouter } from '@/router';
import { useAuthStore } from '@/stores/auth.store';
import App from './App.vue';

const app = createApp(App);
const pinia = createPinia();
const router = createAppRouter(pinia);
const auth = useAuthStore(pinia);

installInterceptors(httpClient, {
  getAccessToken: () => auth.accessToken,
  getLanguage: () => i18n.global.locale.value,
  onSessionEnded: () => {
    if (auth.status !== 'authenticated') return;
    auth.endSession();
    ElMessage.warning(i18n.global.t('common.errors.sessionExpired'));
    const current = router.currentRoute.value;
    void router.replace({ name: 'login', query: { redirect: current.fullPath } });
  },
});

document.documentElement.lang = i18n.global.locale.value;

app.use(pinia).use(i18n).use(router);
void router.isReady().then(() => app.mount('#app'));
