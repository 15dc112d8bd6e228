import type { RouteRecordRaw } from 'vue-router';

/** The competition's statistics and grants: organizers; coordinators see and report their grants. */
export const statisticsRoutes: RouteRecordRaw[] = [
  {
    path: '/organizer/competitions/:id(\\d+)/statistics',
    name: 'organizer-statistics',
    component: () => import('./StatisticsPage.vue'),
    props: true,
    meta: { roles: ['ORGANIZER', 'UNIT_COORDINATOR'] },
  },
];
