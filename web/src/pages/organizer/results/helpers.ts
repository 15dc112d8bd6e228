import { ApiError } from '@/api/client';
import { errorText, i18n } from '@/i18n';

const PREFIX = 'organizer.results.errors.';

/**
 * An error as guidance: this area's codes in the user's language (they are the ones these pages
 * meet most), then the shared dictionary, then the server's own sentence.
 */
export function explain(error: unknown): string {
  const key = error instanceof ApiError ? PREFIX + error.code : '';
  if (key && i18n.global.te(key)) return i18n.global.t(key);
  return errorText(error);
}

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
