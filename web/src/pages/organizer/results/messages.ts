/** The organizer's results pages' words. Used as $t('organizer.results.…'). */
export const organizerResultsMessages = {
  'zh-CN': {},
  en: {},
};
