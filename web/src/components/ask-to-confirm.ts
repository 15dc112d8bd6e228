import { ElMessageBox } from 'element-plus';
import { i18n } from '@/i18n';

export interface AskOptions {
  /** The confirm button's words; 确认 / Confirm when not given. */
  confirm?: string;
  type?: 'info' | 'warning';
  /** A class on the box, for the browser tests to find it. */
  customClass?: string;
}

/**
 * Asks before an action that cannot simply be undone: true when confirmed, false when cancelled
 * or closed.
 */
export function askToConfirm(
  message: string,
  title: string,
  options: AskOptions = {},
): Promise<boolean> {
  const { t } = i18n.global;
  return ElMessageBox.confirm(message, title, {
    type: options.type ?? 'warning',
    confirmButtonText: options.confirm ?? t('common.confirm'),
    cancelButtonText: t('common.cancel'),
    ...(options.customClass ? { customClass: options.customClass } : {}),
  }).then(
    () => true,
    () => false,
  );
}
