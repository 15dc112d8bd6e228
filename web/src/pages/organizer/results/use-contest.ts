import { ref, watch, type Ref } from 'vue';
import { errorText } from '@/i18n';
import { call, client } from '@/api/client';
import type { Contest, Publication } from '@/api/types';

/**
 * The contest a results page is about, and where its publication stands; reloaded when the route
 * moves to another contest and after anything that changes the stage (publishing, finalizing).
 */
export function useContest(contestId: Ref<number>) {
  const contest = ref<Contest | null>(null);
  const publication = ref<Publication | null>(null);
  const loadError = ref('');

  async function reload(): Promise<void> {
    try {
      const id = contestId.value;
      const [info, pub] = await Promise.all([
        call(client.GET('/api/contests/{id}', { params: { path: { id } } })),
        call(client.GET('/api/contests/{id}/results/publication', { params: { path: { id } } })),
      ]);
      contest.value = info;
      publication.value = pub;
      loadError.value = '';
    } catch (error) {
      loadError.value = errorText(error, 'organizer.results');
    }
  }

  watch(contestId, reload, { immediate: true });
  return { contest, publication, loadError, reload };
}
