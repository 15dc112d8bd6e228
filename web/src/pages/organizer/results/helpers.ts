import { i18n } from '@/i18n';

/** An instant as the organizers read it: China time, in the page's language. */
export function formatInstant(iso: string | null): string {
  if (!iso) return '—';
  return new Intl.DateTimeFormat(i18n.global.locale.value, {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).format(new Date(iso));
}

/** Hundredths of a point as the judges wrote them (e.g. 150 → "1.5"). */
export function formatCenti(centi: number | undefined): string {
  return centi === undefined ? '—' : String(centi / 100);
}
