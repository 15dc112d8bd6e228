import type { RouteRecordRaw } from 'vue-router';

/** The organizer's results pages: review, publication, objections, certificates, exports. */
export const organizerResultsRoutes: RouteRecordRaw[] = [];
