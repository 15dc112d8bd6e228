import type { RouteRecordRaw } from 'vue-router';

/** The organizer pages. */
export const organizerRoutes: RouteRecordRaw[] = [];
