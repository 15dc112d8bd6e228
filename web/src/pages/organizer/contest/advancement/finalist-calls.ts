import { call, client } from '@/api/client';
import type { components } from '@/api/schema';
import type { Advancement } from '@/api/types';

/*
 * The three routes that act on the advancement list (docs/advancement.md): create the finalists'
 * registrations, record a decline, record a confirmation.
 */

export type ApplyCounts = components['schemas']['AdvancementApplyResponse'];

/** POST …/advancement/apply: the final's registrations follow the latest list. */
export function applyAdvancement(contestId: number): Promise<ApplyCounts> {
  return call(
    client.POST('/api/contests/{id}/advancement/apply', { params: { path: { id: contestId } } }),
  );
}

/** POST /api/advancement/:registrationId/decline: answers the new version of the list. */
export function declineAdvancement(registrationId: number, reason: string): Promise<Advancement> {
  return call(
    client.POST('/api/advancement/{registrationId}/decline', {
      params: { path: { registrationId } },
      body: { reason },
    }),
  );
}

/** POST /api/advancement/:registrationId/confirm: answers the list as computed again. */
export function confirmAdvancement(registrationId: number): Promise<Advancement> {
  return call(
    client.POST('/api/advancement/{registrationId}/confirm', {
      params: { path: { registrationId } },
    }),
  );
}
