import { i18n } from '@/i18n';
import { publicMessages } from './messages';
import type { PublicContest, Title } from '@/api/types';

/** Dates as the organizers mean them: China time, in the reader's language. */
export function formatDateTime(iso: string): string {
  return new Intl.DateTimeFormat(i18n.global.locale.value, {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Asia/Shanghai',
  }).format(new Date(iso));
}

/** A calendar day (YYYY-MM-DD, as certificates carry it) in the reader's language. */
export function formatDay(day: string): string {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(day) ? new Date(`${day}T12:00:00+08:00`) : null;
  if (!date) return day;
  return new Intl.DateTimeFormat(i18n.global.locale.value, {
    dateStyle: 'long',
    timeZone: 'Asia/Shanghai',
  }).format(date);
}

/** Whether objections are taken now: published (not final) and before the window's end. */
export function windowOpen(contest: Pick<PublicContest, 'status' | 'publicationEndsAt'>): boolean {
  return (
    contest.status === 'PUBLISHED' &&
    contest.publicationEndsAt !== null &&
    Date.parse(contest.publicationEndsAt) > Date.now()
  );
}

/** Title codes in ladder order, highest first. */
export const TITLES: Title[] = ['CHAMPION', 'PACESETTER', 'EXPERT', 'EXCELLENT'];

/** Some answers name a title only in Chinese (certificates): back to its code, to translate it. */
export function titleOfChineseName(name: string | null): Title | null {
  const zh = publicMessages['zh-CN'].titles;
  return TITLES.find((t) => zh[t] === name) ?? null;
}

/** A trade's name in the reader's language (the catalogue may lack an English name). */
export function tradeName(contest: Pick<PublicContest, 'trade' | 'tradeEn'>): string {
  return i18n.global.locale.value === 'en' && contest.tradeEn ? contest.tradeEn : contest.trade;
}
