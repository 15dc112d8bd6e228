/** The longest time used the API takes: 7 days, in seconds. */
export const MAX_TIME_SECONDS = 7 * 24 * 3600;

export type TimeCheck = { ok: true; seconds: number | null } | { ok: false };

/** Full-width digits and colons (a Chinese keyboard) as ASCII, spaces dropped. */
function toAscii(text: string): string {
  return text
    .replace(/[\uFF10-\uFF19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/\uFF1A/g, ':')
    .replace(/\s+/g, '');
}

/**
 * Time used as a judge types it from a stopwatch: `12:05` (minutes:seconds), `1:02:05`
 * (hours:minutes:seconds), `12分05秒` / `1小时2分` / `725秒`, or whole seconds (`725`). Empty is
 * "no time". Seconds and minutes after the first field stay below 60; at most 7 days.
 */
export function parseTime(text: string): TimeCheck {
  const s = toAscii(text);
  if (s === '') return { ok: true, seconds: null };
  let seconds: number | null = null;
  const clock = /^(\d{1,6})(?::([0-5]\d))(?::([0-5]\d))?$/.exec(s);
  const words =
    /^(?:(\d{1,3})(?:小时|时|h))?(?:(\d{1,6})(?:分钟|分|m|'))?(?:(\d{1,6})(?:秒|s|"))?$/i.exec(s);
  if (clock) {
    const [a, b, c] = [clock[1], clock[2], clock[3]].map((x) => Number(x ?? 0));
    seconds = clock[3] === undefined ? a * 60 + b : a * 3600 + b * 60 + c;
  } else if (/^\d{1,7}$/.test(s)) {
    seconds = Number(s);
  } else if (words && (words[1] ?? words[2] ?? words[3]) !== undefined) {
    const [h, m, sec] = [words[1], words[2], words[3]].map((x) => Number(x ?? 0));
    // Within a spoken time, a later field stays below 60 (1分75秒 is a typo).
    if (
      (words[1] !== undefined && m >= 60) ||
      ((words[1] ?? words[2]) !== undefined && sec >= 60)
    ) {
      return { ok: false };
    }
    seconds = h * 3600 + m * 60 + sec;
  } else {
    return { ok: false };
  }
  return seconds <= MAX_TIME_SECONDS ? { ok: true, seconds } : { ok: false };
}

/** `12:05` under an hour, `1:02:05` from an hour on. */
export function formatTime(seconds: number): string {
  const two = (n: number) => String(n).padStart(2, '0');
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  return h > 0 ? `${h}:${two(m)}:${two(s)}` : `${m}:${two(s)}`;
}
