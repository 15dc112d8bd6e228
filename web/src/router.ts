import { createRouter, createWebHashHistory, type RouteRecordRaw } from 'vue-router';
import { session, type Role } from '@/api/session';
import LoginPage from '@/layouts/LoginPage.vue';
import { judgeRoutes } from '@/pages/judge/routes';
import { organizerRoutes } from '@/pages/organizer/routes';
import { publicRoutes } from '@/pages/public/routes';

declare module 'vue-router' {
  interface RouteMeta {
    /** Who may open the page; none: anyone, signed in or not. */
    roles?: Role[];
  }
}

const routes: RouteRecordRaw[] = [
  ...publicRoutes,
  ...judgeRoutes,
  ...organizerRoutes,
  { path: '/login', name: 'login', component: LoginPage },
  { path: '/:pathMatch(.*)*', redirect: '/' },
];

/**
 * Hash routes (`/#/…`): the server serves one index.html and never needs to know the pages'
 * paths, and /api, /health and /verify stay the API's.
 */
export const router = createRouter({ history: createWebHashHistory(), routes });

router.beforeEach((to) => {
  const roles = to.meta.roles;
  if (!roles) return true;
  const claims = session.claims.value;
  if (!claims) return { name: 'login', query: { next: to.fullPath } };
  return roles.includes(claims.role) ? true : { path: '/' };
});

/** Where a user lands after signing in. */
export function homeOf(role: Role): string {
  return role === 'JUDGE' ? '/judge' : role === 'ORGANIZER' ? '/organizer' : '/organizer';
}
