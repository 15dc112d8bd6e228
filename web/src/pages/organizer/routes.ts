import type { RouteRecordRaw } from 'vue-router';
import { organizerResultsRoutes } from './results/routes';

/** The organizer's pages (results pages in ./results). */
export const organizerRoutes: RouteRecordRaw[] = [...organizerResultsRoutes];
