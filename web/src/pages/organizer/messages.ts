import { organizerResultsMessages } from './results/messages';

/** The organizer pages' words, in Chinese first and English. Used as $t('organizer.…'). */
export const organizerMessages = {
  'zh-CN': { results: organizerResultsMessages['zh-CN'] },
  en: { results: organizerResultsMessages.en },
};
