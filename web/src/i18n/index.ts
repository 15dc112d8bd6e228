import { createI18n } from 'vue-i18n';
import { ApiError, NetworkError } from '@/api/client';
import { common } from './common';
import { errorMessages } from './errors';
import { publicMessages } from '@/pages/public/messages';
import { judgeMessages } from '@/pages/judge/messages';
import { organizerMessages } from '@/pages/organizer/messages';

export type Locale = 'zh-CN' | 'en';
const KEY = 'skills.lang';

/** Each area's messages sit beside its pages; they are merged here under their own keys. */
const messages = {
  'zh-CN': {
    ...common['zh-CN'],
    errors: { ...common['zh-CN'].errors, ...errorMessages['zh-CN'] },
    public: publicMessages['zh-CN'],
    judge: judgeMessages['zh-CN'],
    organizer: organizerMessages['zh-CN'],
  },
  en: {
    ...common.en,
    errors: { ...common.en.errors, ...errorMessages.en },
    public: publicMessages.en,
    judge: judgeMessages.en,
    organizer: organizerMessages.en,
  },
};

/** Chinese first; English when chosen with the switch (remembered on this device). */
export const i18n = createI18n({
  legacy: false,
  locale: (localStorage.getItem(KEY) as Locale | null) ?? 'zh-CN',
  fallbackLocale: 'zh-CN',
  messages,
});

export function setLocale(locale: Locale): void {
  i18n.global.locale.value = locale;
  localStorage.setItem(KEY, locale);
  document.documentElement.lang = locale;
}

/**
 * An error as a sentence for the user: the API's code in their language where the pages know it
 * (errors.<CODE>), otherwise the server's own message, which names what to fix.
 */
export function errorText(error: unknown): string {
  const t = i18n.global.t;
  if (error instanceof NetworkError) return t('errors.NETWORK');
  if (error instanceof ApiError) {
    const key = `errors.${error.code}`;
    const known = i18n.global.te(key);
    return known ? t(key) : error.message || error.code;
  }
  return error instanceof Error ? error.message : String(error);
}
