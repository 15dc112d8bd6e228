import type { RouteRecordRaw } from 'vue-router';
import type { Role } from '@/api/session';
import { organizerResultsRoutes } from './results/routes';
import { statisticsRoutes } from './statistics/routes';

const STAFF: Role[] = ['ORGANIZER', 'UNIT_COORDINATOR'];
const ORGANIZERS: Role[] = ['ORGANIZER'];

/**
 * The organizer's pages (results pages in ./results). Unit coordinators share the overview and the
 * contest pages, which show them only their units' registrations; set-up is for organizers.
 */
export const organizerRoutes: RouteRecordRaw[] = [
  {
    path: '/organizer',
    name: 'organizer',
    component: () => import('./OrganizerHome.vue'),
    meta: { roles: STAFF },
  },
  {
    path: '/organizer/competitions/:id',
    component: () => import('./CompetitionPage.vue'),
    props: true,
    meta: { roles: STAFF },
  },
  {
    path: '/organizer/competitions/:id/new-contest',
    component: () => import('./NewContestPage.vue'),
    props: true,
    // Coordinators create preliminaries hosted by their unit or below (docs/security.md).
    meta: { roles: STAFF },
  },
  {
    path: '/organizer/contests/:id',
    component: () => import('./ContestPage.vue'),
    props: true,
    meta: { roles: STAFF },
  },
  {
    path: '/organizer/accounts',
    component: () => import('./AccountsPage.vue'),
    meta: { roles: ORGANIZERS },
  },
  ...organizerResultsRoutes,
  ...statisticsRoutes,
];
