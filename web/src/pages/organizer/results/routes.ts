import type { RouteRecordRaw } from 'vue-router';

const organizerOnly = { roles: ['ORGANIZER' as const] };

/** The organizer's results pages: review, publication, objections, certificates, exports. */
export const organizerResultsRoutes: RouteRecordRaw[] = [
  {
    path: '/organizer/contests/:id(\\d+)/results',
    name: 'organizer-results',
    component: () => import('./ResultsPage.vue'),
    meta: organizerOnly,
  },
  {
    path: '/organizer/contests/:id(\\d+)/objections',
    name: 'organizer-objections',
    component: () => import('./ObjectionsPage.vue'),
    meta: organizerOnly,
  },
  {
    path: '/organizer/contests/:id(\\d+)/certificates',
    name: 'organizer-certificates',
    component: () => import('./CertificatesPage.vue'),
    meta: organizerOnly,
  },
];
