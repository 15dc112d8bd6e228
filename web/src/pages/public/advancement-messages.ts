/** The public advancement page's words: $t('public.advancement.…'). */
export const publicAdvancementMessages = {
  'zh-CN': {
    title: '晋级名单',
    link: '晋级名单',
    feeder: '第{n}场选拔赛',
    feederNoHost: '{trade}{round}',
    none: '该项目还没有晋级名单',
    provisional: '暂定名单',
    final: '正式名单',
    provisionalHint: '选拔赛成绩仍在公示期内，名单可能因成绩更正或选手弃权而变化。',
    version: '第 {version} 版 · 更新于 {at}',
    counts: '晋级 {advanced} 人，递补 {reserve} 人',
    byFeeder: '按选拔赛',
    byUnit: '按单位',
  },
  en: {
    title: 'Advancement list',
    link: 'Advancement list',
    feeder: 'Feeder {n}',
    feederNoHost: '{trade} {round}',
    none: 'This contest has no advancement list yet',
    provisional: 'Provisional',
    final: 'Final',
    provisionalHint:
      'Feeder results are still in their publication window: the list may change after corrections or declines.',
    version: 'Version {version} · updated {at}',
    counts: '{advanced} advanced, {reserve} reserves',
    byFeeder: 'By feeder',
    byUnit: 'By unit',
  },
};
