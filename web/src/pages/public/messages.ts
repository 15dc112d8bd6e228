/** The public pages' words, in Chinese first and English. Used as $t('public.…'). */
export const publicMessages = {
  'zh-CN': {},
  en: {},
};
