import type { RouteRecordRaw } from 'vue-router';

/** The judge pages (tablet first: a judge scores beside the work station). */
export const judgeRoutes: RouteRecordRaw[] = [
  {
    path: '/judge',
    name: 'judge-home',
    component: () => import('./JudgeHomePage.vue'),
    meta: { roles: ['JUDGE'] },
  },
  {
    path: '/judge/contests/:id(\\d+)',
    name: 'judge-sheet',
    component: () => import('./ScoreSheetPage.vue'),
    props: (route) => ({ contestId: Number(route.params.id) }),
    meta: { roles: ['JUDGE'] },
  },
  {
    path: '/judge/contests/:id(\\d+)/board',
    name: 'judge-board',
    component: () => import('./ChiefBoardPage.vue'),
    props: (route) => ({ contestId: Number(route.params.id) }),
    meta: { roles: ['JUDGE'] },
  },
];
