import type { RouteRecordRaw } from 'vue-router';

/** The judge pages. */
export const judgeRoutes: RouteRecordRaw[] = [];
