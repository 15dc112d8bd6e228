/** The organizer pages' words, in Chinese first and English. Used as $t('organizer.…'). */
export const organizerMessages = {
  'zh-CN': {},
  en: {},
};
