import { readErrors, str } from './translator-helpers';
import { groupTranslator } from './group-webhook';

export const GROUP_LIFECYCLE_FIELD = 'group_lifecycle_update';

/** group_lifecycle_update → group.lifecycle_updated: a group was created (group_create) or deleted (group_delete), or that failed. */
export const GROUP_LIFECYCLE_TRANSLATOR = groupTranslator(GROUP_LIFECYCLE_FIELD, 'group.lifecycle_updated', (item) => ({
  succeeded: readErrors(item.errors) === undefined,
  subject: str(item.subject),
  description: str(item.description),
  invite_link: str(item.invite_link),
  join_approval_mode: str(item.join_approval_mode),
}));
