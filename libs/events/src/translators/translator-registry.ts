import { MetaWebhookBody } from '../meta/meta-webhook.types';
import { TranslatedEvent, TranslatorRegistration, UnreadableChangeError } from './translator.types';
import { MESSAGES_TRANSLATOR } from './messages.translator';
import { TEMPLATE_STATUS_TRANSLATOR } from './template-status.translator';
import { TEMPLATE_QUALITY_TRANSLATOR } from './template-quality.translator';
import { TEMPLATE_CATEGORY_TRANSLATOR } from './template-category.translator';
import { TEMPLATE_COMPONENTS_TRANSLATOR } from './template-components.translator';
import { PHONE_NUMBER_NAME_TRANSLATOR } from './phone-number-name.translator';
import { PHONE_NUMBER_QUALITY_TRANSLATOR } from './phone-number-quality.translator';
import { ACCOUNT_UPDATE_TRANSLATOR } from './account-update.translator';
import { ACCOUNT_ALERTS_TRANSLATOR } from './account-alerts.translator';
import { ACCOUNT_REVIEW_TRANSLATOR } from './account-review.translator';
import { BUSINESS_CAPABILITY_TRANSLATOR } from './business-capability.translator';
import { SECURITY_TRANSLATOR } from './security.translator';
import { AUTOMATIC_EVENTS_TRANSLATOR } from './automatic-events.translator';
import { USER_PREFERENCES_TRANSLATOR } from './user-preferences.translator';
import { MESSAGE_ECHOES_TRANSLATOR, SMB_MESSAGE_ECHOES_TRANSLATOR } from './message-echoes.translator';
import { CALLS_TRANSLATOR } from './calls.translator';
import { FLOWS_TRANSLATOR } from './flows.translator';
import { HISTORY_TRANSLATOR } from './history.translator';
import { SMB_APP_STATE_SYNC_TRANSLATOR } from './smb-app-state-sync.translator';
import { PARTNER_SOLUTIONS_TRANSLATOR } from './partner-solutions.translator';
import { PAYMENT_CONFIGURATION_TRANSLATOR } from './payment-configuration.translator';
import { USER_ID_UPDATE_TRANSLATOR } from './user-id-update.translator';
import { GROUP_LIFECYCLE_TRANSLATOR } from './group-lifecycle.translator';
import { GROUP_PARTICIPANTS_TRANSLATOR } from './group-participants.translator';
import { GROUP_SETTINGS_TRANSLATOR } from './group-settings.translator';
import { GROUP_STATUS_TRANSLATOR } from './group-status.translator';

/** Every Meta WABA change field this service translates. A field not listed here is kept as unhandled. */
export const META_TRANSLATORS: readonly TranslatorRegistration[] = [
  MESSAGES_TRANSLATOR,
  TEMPLATE_STATUS_TRANSLATOR,
  TEMPLATE_QUALITY_TRANSLATOR,
  TEMPLATE_CATEGORY_TRANSLATOR,
  TEMPLATE_COMPONENTS_TRANSLATOR,
  PHONE_NUMBER_NAME_TRANSLATOR,
  PHONE_NUMBER_QUALITY_TRANSLATOR,
  ACCOUNT_UPDATE_TRANSLATOR,
  ACCOUNT_ALERTS_TRANSLATOR,
  ACCOUNT_REVIEW_TRANSLATOR,
  BUSINESS_CAPABILITY_TRANSLATOR,
  SECURITY_TRANSLATOR,
  AUTOMATIC_EVENTS_TRANSLATOR,
  USER_PREFERENCES_TRANSLATOR,
  SMB_MESSAGE_ECHOES_TRANSLATOR,
  MESSAGE_ECHOES_TRANSLATOR,
  CALLS_TRANSLATOR,
  FLOWS_TRANSLATOR,
  HISTORY_TRANSLATOR,
  SMB_APP_STATE_SYNC_TRANSLATOR,
  PARTNER_SOLUTIONS_TRANSLATOR,
  PAYMENT_CONFIGURATION_TRANSLATOR,
  USER_ID_UPDATE_TRANSLATOR,
  GROUP_LIFECYCLE_TRANSLATOR,
  GROUP_PARTICIPANTS_TRANSLATOR,
  GROUP_SETTINGS_TRANSLATOR,
  GROUP_STATUS_TRANSLATOR,
];

const BY_FIELD = new Map<string, TranslatorRegistration>(META_TRANSLATORS.map((t) => [t.field, t]));

/** The translator for a Meta change field, or undefined when the field has no mapping yet. */
export function findTranslator(field: string): TranslatorRegistration | undefined {
  return BY_FIELD.get(field);
}

/** The outcome of one change of a POST body run through the registry. */
export interface ChangeTranslation {
  wabaId: string;
  entryTime: number | undefined;
  field: string;
  value: unknown;
  /** Events produced; empty when `unhandled` is set. */
  events: TranslatedEvent[];
  /** Why the change produced nothing: no translator for the field, an unreadable value, or a translator bug. */
  unhandled?: { reason: 'no_translator' | 'unreadable' | 'translator_error'; message: string };
}

/**
 * Runs every change of a Meta POST body through its translator. Never throws for a bad change: an
 * unknown field or an unreadable value is reported as `unhandled` and the other changes still translate.
 */
export function translateMetaBody(body: MetaWebhookBody, receivedAt: Date): ChangeTranslation[] {
  const out: ChangeTranslation[] = [];
  for (const entry of body.entry ?? []) {
    const entryTime = typeof entry.time === 'number' ? entry.time : undefined;
    for (const change of entry.changes ?? []) {
      const base = { wabaId: String(entry.id), entryTime, field: change.field, value: change.value };
      const translator = findTranslator(change.field);
      if (!translator) {
        out.push({ ...base, events: [], unhandled: { reason: 'no_translator', message: `no translator for field "${change.field}"` } });
        continue;
      }
      try {
        const events = translator.translate(change.value, { wabaId: base.wabaId, entryTime, receivedAt });
        out.push({ ...base, events });
      } catch (err) {
        const reason = err instanceof UnreadableChangeError ? 'unreadable' : 'translator_error';
        const message = err instanceof Error ? err.message : String(err);
        out.push({ ...base, events: [], unhandled: { reason, message } });
      }
    }
  }
  return out;
}
