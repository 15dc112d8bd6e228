import { ref } from 'vue';
import { followJob } from '@/api/jobs';
import type { Job } from '@/api/types';

/**
 * A Bull job followed to its end for a progress bar: the percentage is the job's own report,
 * never a guess from elapsed time.
 */
export function useJob() {
  const percent = ref(0);
  /** idle until a job starts; then running, done or failed (the bar stays to show the outcome). */
  const phase = ref<'idle' | 'running' | 'done' | 'failed'>('idle');
  const failure = ref('');

  async function follow(jobId: string): Promise<Job> {
    percent.value = 0;
    failure.value = '';
    phase.value = 'running';
    try {
      const final = await followJob(jobId, (p) => {
        percent.value = Math.max(percent.value, Math.min(100, Math.round(p)));
      });
      if (final.state === 'completed') {
        percent.value = 100;
        phase.value = 'done';
      } else {
        phase.value = 'failed';
        failure.value = final.error ?? final.state;
      }
      return final;
    } catch (error) {
      phase.value = 'failed';
      throw error;
    }
  }

  return { percent, phase, failure, follow };
}
