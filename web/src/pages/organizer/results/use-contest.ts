import { ref, watch, type Ref } from 'vue';
import { errorText } from '@/i18n';
import { api } from '@/api/client';
import type { ContestInfo, Publication } from './types';

/**
 * The contest a results page is about, and where its publication stands; reloaded when the route
 * moves to another contest and after anything that changes the stage (publishing, finalizing).
 */
export function useContest(contestId: Ref<number>) {
  const contest = ref<ContestInfo | null>(null);
  const publication = ref<Publication | null>(null);
  const loadError = ref('');

  async function reload(): Promise<void> {
    try {
      const id = contestId.value;
      const [info, pub] = await Promise.all([
        api<ContestInfo>('GET', `/contests/${id}`),
        api<Publication>('GET', `/contests/${id}/results/publication`),
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
