import { watch } from 'vue';
import { createRouter, createWebHashHistory, type RouteRecordRaw } from 'vue-router';
import { session, type Role } from '@/api/session';
import LoginPage from '@/layouts/LoginPage.vue';
import PasswordPage from '@/layouts/PasswordPage.vue';
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
  {
    path: '/account/password',
    name: 'password',
    component: PasswordPage,
    meta: { roles: ['ORGANIZER', 'UNIT_COORDINATOR', 'JUDGE'] },
  },
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

/**
 * A session that ends by itself while a signed-in page is open (the server answered 401: the token
 * was revoked by a password change, a deactivation or a sign-out elsewhere, or it expired) leads to
 * the sign-in page, which returns here afterwards. Signing out on purpose leaves the page first.
 */
watch(session.claims, (claims) => {
  const current = router.currentRoute.value;
  if (!claims && current.meta.roles) {
    void router.replace({ name: 'login', query: { next: current.fullPath, expired: '1' } });
  }
});

/** Where a user lands after signing in. */
export function homeOf(role: Role): string {
  return role === 'JUDGE' ? '/judge' : role === 'ORGANIZER' ? '/organizer' : '/organizer';
}
