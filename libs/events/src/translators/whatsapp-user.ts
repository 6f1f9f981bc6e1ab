import { asRecord, compact, recordsOf, str } from './translator-helpers';

/**
 * A WhatsApp user as the events name them: phone number (Meta's `wa_id`), business-scoped user id
 * (BSUID), parent BSUID, username and profile name. Only what Meta gave is present: since 2026 a user
 * with a username may come without any phone number.
 */
export interface WhatsAppUser {
  wa_id?: string;
  user_id?: string;
  parent_user_id?: string;
  username?: string;
  name?: string;
}

/** The identifiers an item (message, status, call, preference…) carries for the user it concerns. */
export interface UserIds {
  waId?: unknown;
  userId?: unknown;
  parentUserId?: unknown;
  username?: unknown;
  name?: unknown;
}

/** A BSUID: ISO country code, a dot, then alphanumerics (parent BSUIDs have `ENT.` after the dot). */
const BSUID_PATTERN = /^[A-Z]{2}\.(ENT\.)?[A-Za-z0-9]+$/;

/** Meta's phone numbers are digits without `+`, although one reference table shows a `+`. */
export function phoneOf(value: unknown): string | undefined {
  const text = str(value);
  return text?.startsWith('+') ? text.slice(1) || undefined : text;
}

export function isBsuid(value: string): boolean {
  return BSUID_PATTERN.test(value);
}

/** `value.contacts[]` of a messages-family change, read into users (profile.name and profile.username included). */
export function readContacts(value: Record<string, unknown>): WhatsAppUser[] {
  return recordsOf(value.contacts).map((contact) => {
    const profile = asRecord(contact.profile);
    return compact({
      wa_id: phoneOf(contact.wa_id),
      user_id: str(contact.user_id),
      parent_user_id: str(contact.parent_user_id),
      username: str(profile?.username),
      name: str(profile?.name),
    });
  });
}

/**
 * The user an item concerns: its own identifiers, completed from the `contacts[]` entry that shares its
 * phone number, BSUID or parent BSUID. Undefined when neither the item nor a contact names anyone.
 */
export function whatsAppUser(ids: UserIds, contacts: readonly WhatsAppUser[]): WhatsAppUser | undefined {
  const own = compact({
    wa_id: phoneOf(ids.waId),
    user_id: str(ids.userId),
    parent_user_id: str(ids.parentUserId),
    username: str(ids.username),
    name: str(ids.name),
  });
  const contact = contacts.find(
    (c) =>
      (own.wa_id !== undefined && c.wa_id === own.wa_id) ||
      (own.user_id !== undefined && c.user_id === own.user_id) ||
      (own.parent_user_id !== undefined && c.parent_user_id === own.parent_user_id),
  );
  const user = compact({ ...contact, ...own });
  return Object.keys(user).length > 0 ? user : undefined;
}

/** An identifier Meta echoes back as `input` (what the business used): a BSUID or a phone number. */
export function userFromInput(input: unknown): UserIds {
  const text = str(input);
  if (text === undefined) return {};
  if (!isBsuid(text)) return { waId: text };
  return text.slice(2, 7) === '.ENT.' ? { parentUserId: text } : { userId: text };
}
