import { callWithHeaders, client } from '@/api/client';
import type { operations } from '@/api/schema';
import type { Registration } from '@/api/types';

/** The list's filters and page, as GET /api/contests/:id/registrations takes them. */
export type RegistrationQuery = NonNullable<
  operations['RegistrationsController_list']['parameters']['query']
>;

/**
 * One page of a contest's registrations and the number of matching rows (the X-Total-Count
 * header). Empty filters are left out.
 */
export async function registrationsPage(
  contestId: number,
  query: RegistrationQuery,
): Promise<{ rows: Registration[]; total: number }> {
  const given = Object.fromEntries(
    Object.entries(query).filter(([, value]) => value !== undefined && value !== ''),
  ) as RegistrationQuery;
  const { data: rows, headers } = await callWithHeaders(
    client.GET('/api/contests/{id}/registrations', {
      params: { path: { id: contestId }, query: given },
    }),
  );
  return { rows, total: Number(headers.get('x-total-count') ?? rows.length) };
}
