import { ApiError, call, client } from '@/api/client';
import type { Advancement } from '@/api/types';

/*
 * The three routes that act on the advancement list (docs/advancement.md): create the finalists'
 * registrations, record a decline, record a confirmation. Typed by the document once it names
 * them; until then called through the same client with the contract's shapes (the routes in
 * docs/advancement.md), and `routeMissing` tells a refusal from a server without them.
 */

const APPLY = '/api/contests/{id}/advancement/apply';
const DECLINE = '/api/advancement/{registrationId}/decline';
const CONFIRM = '/api/advancement/{registrationId}/confirm';

export interface ApplyCounts {
  created: number;
  unchanged: number;
  withdrawn: number;
}

/** The same client, its paths not checked: only for the three routes above. */
type Loose = {
  POST(
    path: string,
    init: { params: { path: Record<string, number> }; body?: object },
  ): Promise<{ data?: unknown; error?: unknown; response: Response }>;
};
const loose = client as unknown as Loose;

/** POST …/advancement/apply: the finalists' registrations follow the latest list. */
export function applyAdvancement(contestId: number): Promise<ApplyCounts> {
  return call(
    loose.POST(APPLY, { params: { path: { id: contestId } }, body: {} }),
  ) as Promise<ApplyCounts>;
}

/** POST /api/advancement/:registrationId/decline: answers the new version of the list. */
export function declineAdvancement(registrationId: number, reason: string): Promise<Advancement> {
  return call(
    loose.POST(DECLINE, { params: { path: { registrationId } }, body: { reason } }),
  ) as Promise<Advancement>;
}

/** POST /api/advancement/:registrationId/confirm. */
export async function confirmAdvancement(registrationId: number): Promise<void> {
  await call(loose.POST(CONFIRM, { params: { path: { registrationId } }, body: {} }));
}

/** A 404 that is no domain refusal: the server does not have the route (yet). */
export function routeMissing(error: unknown): boolean {
  return (
    error instanceof ApiError &&
    error.status === 404 &&
    (error.code === 'NOT_FOUND' || error.code === 'HTTP_404')
  );
}
