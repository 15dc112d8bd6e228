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
 * A code in words, from one place: the shared dictionary (errors.<CODE>, errors.ts and common.ts),
 * unless the calling page's area words it for its own situation (`<scope>.errors.<CODE>`, kept only
 * where the general sentence would send the user the wrong way there); a code with no words falls
 * back to the server's own message, which names what to fix.
 */
export function codeText(code: string, fallback: string, scope?: string): string {
  const g = i18n.global;
  const own = scope ? `${scope}.errors.${code}` : '';
  if (own && g.te(own)) return g.t(own);
  return g.te(`errors.${code}`) ? g.t(`errors.${code}`) : fallback || code;
}

/** An error as a sentence for the user (see codeText for `scope`). */
export function errorText(error: unknown, scope?: string): string {
  if (error instanceof NetworkError) return i18n.global.t('errors.NETWORK');
  if (error instanceof ApiError) return codeText(error.code, error.message, scope);
  return error instanceof Error ? error.message : String(error);
}
