import { asRecord, bool, compact, readErrors, str } from './translator-helpers';
import { groupTranslator } from './group-webhook';

export const GROUP_SETTINGS_FIELD = 'group_settings_update';

/** One setting of the update (subject, description or profile picture) and whether it was applied. */
function setting(value: unknown): Record<string, unknown> | undefined {
  const record = asRecord(value);
  if (!record) return undefined;
  return compact({
    text: str(record.text),
    mime_type: str(record.mime_type),
    sha256: str(record.sha256),
    update_successful: bool(record.update_successful),
    errors: readErrors(record.errors),
  });
}

/** group_settings_update → group.settings_updated: the outcome of a settings request, setting by setting. */
export const GROUP_SETTINGS_TRANSLATOR = groupTranslator(GROUP_SETTINGS_FIELD, 'group.settings_updated', (item) => ({
  group_subject: setting(item.group_subject),
  group_description: setting(item.group_description),
  profile_picture: setting(item.profile_picture),
}));
