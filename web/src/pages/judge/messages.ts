/** The judge pages' words, in Chinese first and English. Used as $t('judge.…'). */
export const judgeMessages = {
  'zh-CN': {},
  en: {},
};
