import type { RouteRecordRaw } from 'vue-router';

/** Coordinators too: those of a hosted contest's host unit organise it (the server decides). */
const staff = { roles: ['ORGANIZER' as const, 'UNIT_COORDINATOR' as const] };

/**
 * The organizer's results pages: review, publication, objections, certificates, exports; also a
 * host unit's coordinator's for their hosted contest (docs/security.md "Hosted contests").
 */
export const organizerResultsRoutes: RouteRecordRaw[] = [
  {
    path: '/organizer/contests/:id(\\d+)/results',
    name: 'organizer-results',
    component: () => import('./ResultsPage.vue'),
    meta: staff,
  },
  {
    path: '/organizer/contests/:id(\\d+)/objections',
    name: 'organizer-objections',
    component: () => import('./ObjectionsPage.vue'),
    meta: staff,
  },
  {
    path: '/organizer/contests/:id(\\d+)/certificates',
    name: 'organizer-certificates',
    component: () => import('./CertificatesPage.vue'),
    meta: staff,
  },
];
