import { str } from './translator-helpers';
import { groupTranslator } from './group-webhook';

export const GROUP_STATUS_FIELD = 'group_status_update';

const SUSPENDED: Record<string, boolean> = { group_suspend: true, group_suspend_cleared: false };

/** group_status_update → group.status_updated: WhatsApp suspended a group (group_suspend) or lifted it (group_suspend_cleared). */
export const GROUP_STATUS_TRANSLATOR = groupTranslator(GROUP_STATUS_FIELD, 'group.status_updated', (item) => {
  const type = str(item.type);
  return { suspended: type !== undefined ? SUSPENDED[type] : undefined };
});
