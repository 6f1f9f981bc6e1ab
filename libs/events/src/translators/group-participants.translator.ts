import { compact, readErrors, recordsOf, str } from './translator-helpers';
import { groupTranslator } from './group-webhook';
import { WhatsAppUser, userFromInput, whatsAppUser } from './whatsapp-user';

export const GROUP_PARTICIPANTS_FIELD = 'group_participants_update';

/**
 * A participant as Meta lists it: `input` (what the business used to remove them: phone or BSUID) and/or
 * `wa_id`, `user_id`, `parent_user_id`, `username` (users who joined or left), `errors` when not removed.
 */
function participants(value: unknown, contacts: readonly WhatsAppUser[]): Record<string, unknown>[] | undefined {
  const items = recordsOf(value);
  if (items.length === 0) return undefined;
  return items.map((p) => {
    const fromInput = userFromInput(p.input);
    const user = whatsAppUser(
      {
        waId: p.wa_id ?? fromInput.waId,
        userId: p.user_id ?? fromInput.userId,
        parentUserId: p.parent_user_id ?? fromInput.parentUserId,
        username: p.username,
      },
      contacts,
    );
    return compact({ ...user, input: str(p.input), errors: readErrors(p.errors) });
  });
}

/**
 * group_participants_update → group.participants_updated: users joined through the invite link or an
 * approved request (group_participants_add), were removed or left (group_participants_remove, with
 * initiated_by), or asked to join / withdrew the request (group_join_request_created / _revoked, the user
 * at item level).
 */
export const GROUP_PARTICIPANTS_TRANSLATOR = groupTranslator(GROUP_PARTICIPANTS_FIELD, 'group.participants_updated', (item, contacts) => ({
  reason: str(item.reason),
  initiated_by: str(item.initiated_by),
  join_request_id: str(item.join_request_id),
  user: whatsAppUser({ waId: item.wa_id, userId: item.user_id, parentUserId: item.parent_user_id, username: item.username }, contacts),
  added_participants: participants(item.added_participants, contacts),
  removed_participants: participants(item.removed_participants, contacts),
  failed_participants: participants(item.failed_participants, contacts),
}));
