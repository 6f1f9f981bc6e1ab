import { EventCategory } from '../catalog/event-type-definition';
import { RedactionClass } from './payload-options';

/**
 * Which keys each class covers, wherever they appear in `data` (nested objects and arrays included),
 * so a field Meta adds under a known name is covered too. Identifiers and names are replaced by a
 * keyed hash (the same value gives the same hash on the same endpoint, so receivers can still count
 * and join); content is removed with its key.
 */
export const REDACTION_RULES: Record<RedactionClass, { action: 'hash' | 'remove'; keys: readonly string[] }> = {
  message_content: {
    action: 'remove',
    keys: [
      // Text bodies, captions and replies of every message type.
      'text',
      'body',
      'caption',
      'emoji',
      // Media (ids, urls, file names, hashes), locations, contact cards, interactive and button replies, orders.
      'image',
      'video',
      'audio',
      'document',
      'sticker',
      'location',
      'contacts',
      'interactive',
      'button',
      'reaction',
      'order',
      'system',
      // Call session descriptions carry the caller's network addresses.
      'session',
    ],
  },
  phone_numbers: {
    action: 'hash',
    keys: [
      'from',
      'to',
      'wa_id',
      'new_wa_id',
      'customer',
      'user_id',
      'from_user_id',
      'to_user_id',
      'from_parent_user_id',
      'to_parent_user_id',
      'recipient_id',
      'recipient_user_id',
      'recipient_parent_user_id',
      'recipient_participant_id',
      'recipient_participant_user_id',
      'recipient_participant_parent_user_id',
      'recipient_identity_key_hash',
      // The number or BSUID a business named in a group request, echoed by Meta.
      'input',
      'parent_user_id',
      'previous_user_id',
      'current_user_id',
      'previous_parent_user_id',
      'current_parent_user_id',
      'phone_number',
      'phone',
    ],
  },
  contact_names: {
    action: 'hash',
    // Meta's free-text `detail` can name the user ("User id for Ana Torres has been updated").
    keys: ['name', 'contact_name', 'username', 'full_name', 'first_name', 'last_name', 'formatted_name', 'detail'],
  },
};

/** Keys whose value is a user's id although the key is generic: the id of a history thread is the user's wa_id. */
export const CONTEXTUAL_PHONE_KEYS: Record<string, readonly string[]> = { threads: ['id'] };

/** Categories whose events carry no personal data (business-authored templates, account and number state, our own notices). */
export const UNREDACTED_CATEGORIES: readonly EventCategory[] = ['templates', 'phone_number', 'account', 'operational'];
