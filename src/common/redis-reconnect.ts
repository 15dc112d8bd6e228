/** Reconnect for ever, backing off to 5 s, so that queued work and shared limits resume whenever Redis returns. */
export const reconnectForever = (attempt: number): number => Math.min(250 * attempt, 5000);
