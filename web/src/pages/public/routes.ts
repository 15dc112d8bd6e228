import type { RouteRecordRaw } from 'vue-router';

/** The public pages (no sign-in, phone-first). */
export const publicRoutes: RouteRecordRaw[] = [
  { path: '/', name: 'home', component: () => import('./HomePage.vue') },
  {
    path: '/rankings/:competitionId(\\d+)',
    name: 'rankings',
    component: () => import('./RankingsPage.vue'),
  },
  {
    path: '/units/:competitionId(\\d+)',
    name: 'units',
    component: () => import('./UnitsPage.vue'),
  },
  { path: '/verify/:code?', name: 'verify', component: () => import('./VerifyPage.vue') },
  {
    path: '/advancement/:contestId(\\d+)',
    name: 'advancement',
    component: () => import('./AdvancementPage.vue'),
  },
  { path: '/lookup', name: 'lookup', component: () => import('./LookupPage.vue') },
  {
    path: '/self-registration/:competitionId(\\d+)',
    name: 'self-registration',
    component: () => import('./SelfRegistrationPage.vue'),
  },
];
