import type { RouteRecordRaw } from 'vue-router';

/** The public pages (no sign-in, phone-first). */
export const publicRoutes: RouteRecordRaw[] = [
  { path: '/', name: 'home', component: () => import('./HomePage.vue') },
];
