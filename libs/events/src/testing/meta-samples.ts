// Meta sample bodies for every catalog type: used by `npm run simulate` and by tests, never by the apps,
// so they live outside the package's production barrel (import '@app/events/testing/meta-samples').
import { createHash } from 'node:crypto';
import { EventTypeName } from '../catalog/event-type-name';
import { MetaWebhookBody } from '../meta/meta-webhook.types';

export interface MetaSampleOptions {
  wabaId: string;
  phoneNumberId: string;
  displayPhoneNumber?: string;
  /**
   * Varies message/call/event ids so repeated calls yield distinct events; without `timestamp`, it also
   * moves the fixed base time (by up to ~115 days), which is what keeps samples without ids distinct.
   */
  unique?: string;
  /**
   * Unix seconds of the sample's timestamps, used as given (default a fixed 2026-05-11 time). A caller
   * giving one gives each sample of a run its own (see `npm run simulate`), so samples stay distinct.
   */
  timestamp?: number;
  /** A named variant of the type's sample (see META_SAMPLE_VARIANTS), e.g. "bsuid_only". */
  variant?: string;
}

const BASE_TIME = 1778490000;
const USER = '16505550123';
const USER_NAME = 'Ana Torres';
const USER_BSUID = 'US.13491208655302741918';
const USER_PARENT_BSUID = 'US.ENT.11815799212886844830';
const USER_USERNAME = '@anatorres';
const GROUP_ID = 'Y2FwaV9ncm91cDoxNTU1MDEwMDAwMToxMjAzNjMwMjk2NTU1MTM2NjE=';
const CTWA_CLID = 'Affke_yKVBSHfsygKb2mO5UNWQI7MAYV34wvLtyNqJ-9OdO1v64_oL2dHr_fp-h7wUPPQS6SPuh87wADHrljXTeGVfGtthicaFrYYwrNbxNzJ6wlKpX13x4aY';

interface SampleContext {
  waba: string;
  phoneId: string;
  display: string;
  time: number;
  /** A distinct, Meta-looking id for `kind` (wamid., wacid. ...). */
  id: (prefix: string, kind: string) => string;
}

type SampleBuilder = (s: SampleContext) => { field: string; value: unknown; withTime: boolean };

function metadata(s: SampleContext) {
  return { display_phone_number: s.display, phone_number_id: s.phoneId };
}

function messageValue(s: SampleContext, extra: Record<string, unknown>) {
  return { messaging_product: 'whatsapp', metadata: metadata(s), ...extra };
}

function templateValue(s: SampleContext, extra: Record<string, unknown>) {
  return {
    message_template_id: 1437190053021874,
    message_template_name: 'order_shipped',
    message_template_language: 'en_US',
    ...extra,
  };
}

/** One builder per catalog type that comes from Meta; each yields exactly one event of its type. */
const SAMPLES: Record<EventTypeName, SampleBuilder> = {
  'message.received': (s) => ({
    field: 'messages',
    withTime: false,
    value: messageValue(s, {
      contacts: [{ profile: { name: USER_NAME }, wa_id: USER }],
      messages: [
        {
          from: USER,
          id: s.id('wamid.', 'message'),
          timestamp: String(s.time),
          type: 'text',
          text: { body: 'Hi! Do you have the blue sneakers in size 38?' },
        },
      ],
    }),
  }),
  'message.status_updated': (s) => ({
    field: 'messages',
    withTime: false,
    value: messageValue(s, {
      statuses: [
        {
          id: s.id('wamid.', 'status'),
          status: 'delivered',
          timestamp: String(s.time),
          recipient_id: USER,
          conversation: { id: 'a2e653d5609c7b024ae53c8fc81bf016', origin: { type: 'marketing' } },
          pricing: { billable: true, pricing_model: 'PMP', type: 'regular', category: 'marketing' },
        },
      ],
    }),
  }),
  'message.error': (s) => ({
    field: 'messages',
    withTime: true,
    value: messageValue(s, {
      errors: [
        {
          code: 131000,
          title: 'Something went wrong',
          message: 'Something went wrong',
          error_data: { details: `Unable to process the webhook (${s.id('', 'error')}).` },
        },
      ],
    }),
  }),
  'message.echoed': (s) => ({
    field: 'smb_message_echoes',
    withTime: false,
    value: messageValue(s, {
      message_echoes: [
        {
          from: s.display,
          to: USER,
          id: s.id('wamid.', 'echo'),
          timestamp: String(s.time),
          type: 'text',
          text: { body: 'Yes, size 38 is in stock. Want me to reserve a pair?' },
        },
      ],
    }),
  }),
  'user.preferences_updated': (s) => ({
    field: 'user_preferences',
    withTime: false,
    value: messageValue(s, {
      contacts: [{ profile: { name: USER_NAME }, wa_id: USER }],
      user_preferences: [
        {
          wa_id: USER,
          detail: 'User requested to stop marketing messages',
          category: 'marketing_messages',
          value: 'stop',
          timestamp: s.time,
        },
      ],
    }),
  }),
  'call.connecting': (s) => ({
    field: 'calls',
    withTime: false,
    value: messageValue(s, {
      contacts: [{ profile: { name: USER_NAME }, wa_id: USER }],
      calls: [
        {
          id: s.id('wacid.', 'call-connect'),
          to: s.display,
          from: USER,
          event: 'connect',
          timestamp: String(s.time),
          direction: 'USER_INITIATED',
          session: { sdp_type: 'offer', sdp: 'v=0\r\no=- 7669997803033704573 2 IN IP4 127.0.0.1\r\ns=-\r\n' },
        },
      ],
    }),
  }),
  'call.terminated': (s) => ({
    field: 'calls',
    withTime: false,
    value: messageValue(s, {
      calls: [
        {
          id: s.id('wacid.', 'call-terminate'),
          to: s.display,
          from: USER,
          event: 'terminate',
          direction: 'USER_INITIATED',
          // Ended at the sample's time, so a sample of "now" is not in the future.
          timestamp: String(s.time),
          status: 'COMPLETED',
          start_time: String(s.time - 135),
          end_time: String(s.time),
          duration: 135,
        },
      ],
    }),
  }),
  'call.status_updated': (s) => ({
    field: 'calls',
    withTime: false,
    value: messageValue(s, {
      statuses: [
        {
          id: s.id('wacid.', 'call-status'),
          timestamp: String(s.time),
          type: 'call',
          status: 'RINGING',
          recipient_id: USER,
          biz_opaque_callback_data: 'ticket=5521',
        },
      ],
    }),
  }),
  'history.synced': (s) => ({
    field: 'history',
    withTime: false,
    value: messageValue(s, {
      history: [
        {
          metadata: { phase: 0, chunk_order: 1, progress: 100 },
          threads: [
            {
              id: USER,
              messages: [
                {
                  from: USER,
                  id: s.id('wamid.', 'history'),
                  timestamp: String(s.time - 3600),
                  type: 'text',
                  text: { body: 'Is the shop open on Sunday?' },
                  history_context: { status: 'READ' },
                },
              ],
            },
          ],
        },
      ],
    }),
  }),
  'contact.synced': (s) => ({
    field: 'smb_app_state_sync',
    withTime: false,
    value: messageValue(s, {
      state_sync: [
        {
          type: 'contact',
          contact: { full_name: 'Pablo Morales', first_name: 'Pablo', phone_number: '16505551234' },
          action: 'add',
          metadata: { timestamp: String(s.time) },
        },
      ],
    }),
  }),
  'template.status_updated': (s) => ({
    field: 'message_template_status_update',
    withTime: true,
    value: templateValue(s, { event: 'APPROVED', reason: 'NONE', message_template_category: 'UTILITY' }),
  }),
  'template.quality_updated': (s) => ({
    field: 'message_template_quality_update',
    withTime: true,
    value: templateValue(s, { previous_quality_score: 'GREEN', new_quality_score: 'YELLOW' }),
  }),
  'template.category_updated': (s) => ({
    field: 'template_category_update',
    withTime: true,
    value: templateValue(s, { previous_category: 'UTILITY', new_category: 'MARKETING' }),
  }),
  'template.components_updated': (s) => ({
    field: 'message_template_components_update',
    withTime: true,
    value: templateValue(s, {
      message_template_element: 'Hi {{1}}, your order {{2}} has shipped.',
      message_template_title: 'Order update',
      message_template_footer: 'Example Shoes',
      message_template_buttons: [
        {
          message_template_button_type: 'URL',
          message_template_button_text: 'Track order',
          message_template_button_url: 'https://example.com/track/{{1}}',
        },
      ],
    }),
  }),
  'phone_number.name_updated': (s) => ({
    field: 'phone_number_name_update',
    withTime: true,
    value: {
      display_phone_number: s.display,
      decision: 'APPROVED',
      requested_verified_name: 'Example Shoes',
      rejection_reason: null,
    },
  }),
  'phone_number.quality_updated': (s) => ({
    field: 'phone_number_quality_update',
    withTime: true,
    value: { display_phone_number: s.display, event: 'UPGRADE', old_limit: 'TIER_2K', current_limit: 'TIER_10K' },
  }),
  'account.updated': () => ({
    field: 'account_update',
    withTime: true,
    value: { event: 'ACCOUNT_VIOLATION', violation_info: { violation_type: 'SCAM' } },
  }),
  'account.alert': () => ({
    field: 'account_alerts',
    withTime: true,
    value: {
      entity_type: 'BUSINESS',
      entity_id: '948201736455102',
      alert_info: {
        alert_severity: 'WARNING',
        alert_status: 'ACTIVE',
        alert_type: 'INCREASED_CAPABILITIES_ELIGIBILITY_DEFERRED',
        alert_description: 'Limits cannot be increased for your business Example Shoes LLC.',
      },
    },
  }),
  'account.review_updated': () => ({ field: 'account_review_update', withTime: true, value: { decision: 'APPROVED' } }),
  'account.capability_updated': () => ({
    field: 'business_capability_update',
    withTime: true,
    value: { max_daily_conversations_per_business: 10000, max_phone_numbers_per_waba: 25 },
  }),
  'account.security_event': (s) => ({
    field: 'security',
    withTime: true,
    value: { display_phone_number: s.display, event: 'PIN_CHANGED' },
  }),
  'flow.status_updated': () => ({
    field: 'flows',
    withTime: true,
    value: {
      event: 'FLOW_STATUS_CHANGE',
      message: 'Flow Booking changed status from DRAFT to PUBLISHED',
      flow_id: '1097420589034000',
      old_status: 'DRAFT',
      new_status: 'PUBLISHED',
    },
  }),
  'flow.alert': () => ({
    field: 'flows',
    withTime: true,
    value: {
      event: 'ENDPOINT_ERROR_RATE',
      message: 'Endpoint error rate has reached the 10% threshold',
      flow_id: '1097420589034000',
      alert_state: 'ACTIVATED',
      threshold: 10,
      error_rate: 12.5,
      errors: [{ error_type: 'TIMEOUT', error_rate: 12.5, error_count: 25 }],
    },
  }),
  'partner_solution.updated': () => ({
    field: 'partner_solutions',
    withTime: true,
    value: { event: 'SOLUTION_CREATED', solution_id: '1220406039151413', solution_status: 'INITIATED' },
  }),
  'payment_configuration.updated': (s) => ({
    field: 'payment_configuration_update',
    withTime: true,
    value: {
      configuration_name: 'example-shoes-razorpay',
      provider_name: 'razorpay',
      provider_mid: 'acc_0aBcDeFgHiJkLm',
      status: 'Active',
      created_timestamp: s.time - 864000,
      updated_timestamp: s.time,
    },
  }),
  'ctwa.automatic_event': (s) => ({
    field: 'automatic_events',
    withTime: false,
    value: messageValue(s, {
      automatic_events: [{ id: s.id('wamid.', 'automatic-event'), event_name: 'LeadSubmitted', timestamp: s.time, ctwa_clid: CTWA_CLID }],
    }),
  }),
  'message.edited': (s) => ({
    field: 'messages',
    withTime: false,
    value: messageValue(s, {
      contacts: [{ profile: { name: USER_NAME }, wa_id: USER, user_id: USER_BSUID }],
      messages: [
        {
          from: USER,
          from_user_id: USER_BSUID,
          id: s.id('wamid.', 'edit'),
          timestamp: String(s.time),
          type: 'edit',
          edit: {
            original_message_id: s.id('wamid.', 'edit-original'),
            message: { type: 'text', text: { body: 'Hi! Do you have the blue sneakers in size 39?' } },
          },
        },
      ],
    }),
  }),
  'message.deleted': (s) => ({
    field: 'messages',
    withTime: false,
    value: messageValue(s, {
      contacts: [{ profile: { name: USER_NAME }, wa_id: USER, user_id: USER_BSUID }],
      messages: [
        {
          from: USER,
          from_user_id: USER_BSUID,
          id: s.id('wamid.', 'revoke'),
          timestamp: String(s.time),
          type: 'revoke',
          revoke: { original_message_id: s.id('wamid.', 'revoke-original') },
        },
      ],
    }),
  }),
  'user.id_updated': (s) => ({
    field: 'user_id_update',
    withTime: false,
    value: messageValue(s, {
      contacts: [{ profile: { name: USER_NAME }, wa_id: USER }],
      user_id_update: [
        {
          wa_id: USER,
          detail: `User id for ${USER_NAME} has been updated.`,
          user_id: { previous: USER_BSUID, current: 'US.20385511893361028471' },
          parent_user_id: { previous: USER_PARENT_BSUID, current: 'US.ENT.20917745601238845571' },
          timestamp: String(s.time),
        },
      ],
    }),
  }),
  'group.lifecycle_updated': (s) => ({
    field: 'group_lifecycle_update',
    withTime: false,
    value: messageValue(s, {
      groups: [
        {
          timestamp: String(s.time),
          group_id: GROUP_ID,
          type: 'group_create',
          request_id: s.id('', 'group-create'),
          subject: 'Order 8841 — delivery',
          invite_link: 'https://chat.whatsapp.com/Kp3s8fLx0aB7cD9eF1gH2i',
          join_approval_mode: 'approval_required',
        },
      ],
    }),
  }),
  'group.participants_updated': (s) => ({
    field: 'group_participants_update',
    withTime: false,
    value: messageValue(s, {
      groups: [
        {
          timestamp: String(s.time),
          group_id: GROUP_ID,
          type: 'group_participants_add',
          reason: 'invite_link',
          added_participants: [{ wa_id: USER, user_id: USER_BSUID, username: USER_USERNAME }],
        },
      ],
    }),
  }),
  'group.settings_updated': (s) => ({
    field: 'group_settings_update',
    withTime: false,
    value: messageValue(s, {
      groups: [
        {
          timestamp: String(s.time),
          group_id: GROUP_ID,
          type: 'group_settings_update',
          request_id: s.id('', 'group-settings'),
          group_subject: { text: 'Order 8841 — delivery', update_successful: true },
          group_description: { text: 'Coordination of order 8841', update_successful: true },
        },
      ],
    }),
  }),
  'group.status_updated': (s) => ({
    field: 'group_status_update',
    withTime: false,
    value: messageValue(s, { groups: [{ timestamp: String(s.time), type: 'group_suspend', group_id: GROUP_ID }] }),
  }),
};

/**
 * Further samples of a type, one per Meta shape worth exercising (BSUID-only users, groups, system
 * messages, echoed edits…). Each still yields exactly one event of its type.
 */
const VARIANTS: Record<EventTypeName, Record<string, SampleBuilder>> = {
  'message.received': {
    bsuid_only: (s) => ({
      field: 'messages',
      withTime: false,
      value: messageValue(s, {
        contacts: [{ profile: { name: USER_NAME, username: USER_USERNAME }, user_id: USER_BSUID, parent_user_id: USER_PARENT_BSUID }],
        messages: [
          {
            from_user_id: USER_BSUID,
            from_parent_user_id: USER_PARENT_BSUID,
            id: s.id('wamid.', 'bsuid-message'),
            timestamp: String(s.time),
            type: 'text',
            text: { body: 'Does it come in another color?' },
          },
        ],
      }),
    }),
    group: (s) => ({
      field: 'messages',
      withTime: false,
      value: messageValue(s, {
        contacts: [{ profile: { name: USER_NAME }, wa_id: USER, user_id: USER_BSUID }],
        messages: [
          {
            from: USER,
            from_user_id: USER_BSUID,
            group_id: GROUP_ID,
            id: s.id('wamid.', 'group-message'),
            timestamp: String(s.time),
            type: 'text',
            text: { body: 'Is the delivery still on for Friday?' },
          },
        ],
      }),
    }),
    user_changed_number: (s) => ({
      field: 'messages',
      withTime: false,
      value: messageValue(s, {
        messages: [
          {
            from: USER,
            id: s.id('wamid.', 'system-number'),
            timestamp: String(s.time),
            type: 'system',
            system: { body: 'User A changed from +1 650-555-0123 to +1 650-555-0199', wa_id: '16505550199', type: 'user_changed_number' },
          },
        ],
      }),
    }),
    user_changed_user_id: (s) => ({
      field: 'messages',
      withTime: false,
      value: messageValue(s, {
        messages: [
          {
            from: USER,
            from_user_id: USER_BSUID,
            id: s.id('wamid.', 'system-user-id'),
            timestamp: String(s.time),
            type: 'system',
            system: {
              body: `User ${USER_NAME} changed from ${USER_BSUID} to US.20385511893361028471`,
              wa_id: '16505550199',
              user_id: 'US.20385511893361028471',
              parent_user_id: 'US.ENT.20917745601238845571',
              type: 'user_changed_user_id',
            },
          },
        ],
      }),
    }),
    customer_identity_changed: (s) => ({
      field: 'messages',
      withTime: false,
      value: messageValue(s, {
        messages: [
          {
            from: USER,
            id: s.id('wamid.', 'system-identity'),
            timestamp: String(s.time),
            type: 'system',
            system: { body: 'User A changed their security code', customer: USER, identity: 'Sjvjlx8G6Z0=', type: 'customer_identity_changed' },
            identity: { acknowledged: true, created_timestamp: s.time - 60, hash: 'Sjvjlx8G6Z0=' },
          },
        ],
      }),
    }),
  },
  'message.status_updated': {
    bsuid_only: (s) => ({
      field: 'messages',
      withTime: false,
      value: messageValue(s, {
        contacts: [{ profile: { name: USER_NAME, username: USER_USERNAME }, user_id: USER_BSUID, parent_user_id: USER_PARENT_BSUID }],
        statuses: [
          {
            id: s.id('wamid.', 'bsuid-status'),
            status: 'delivered',
            timestamp: String(s.time),
            recipient_user_id: USER_BSUID,
            recipient_parent_user_id: USER_PARENT_BSUID,
            pricing: { billable: true, pricing_model: 'PMP', type: 'regular', category: 'marketing' },
          },
        ],
      }),
    }),
    group: (s) => ({
      field: 'messages',
      withTime: false,
      value: messageValue(s, {
        contacts: [{ profile: { name: USER_NAME }, wa_id: USER, user_id: USER_BSUID }],
        statuses: [
          {
            id: s.id('wamid.', 'group-status'),
            status: 'read',
            timestamp: String(s.time),
            recipient_id: GROUP_ID,
            recipient_type: 'group',
            recipient_participant_id: USER,
            recipient_participant_user_id: USER_BSUID,
          },
        ],
      }),
    }),
  },
  'message.echoed': {
    edit: (s) => ({
      field: 'smb_message_echoes',
      withTime: false,
      value: messageValue(s, {
        contacts: [{ wa_id: USER, user_id: USER_BSUID }],
        message_echoes: [
          {
            from: s.display,
            to: USER,
            to_user_id: USER_BSUID,
            id: s.id('wamid.', 'echo-edit'),
            timestamp: String(s.time),
            type: 'edit',
            edit: {
              original_message_id: s.id('wamid.', 'echo-edit-original'),
              message: { type: 'text', text: { body: 'Yes, size 38 and 39 are in stock.' } },
            },
          },
        ],
      }),
    }),
    revoke: (s) => ({
      field: 'smb_message_echoes',
      withTime: false,
      value: messageValue(s, {
        message_echoes: [
          {
            from: s.display,
            to_user_id: USER_BSUID,
            id: s.id('wamid.', 'echo-revoke'),
            timestamp: String(s.time),
            type: 'revoke',
            revoke: { original_message_id: s.id('wamid.', 'echo-revoke-original') },
          },
        ],
      }),
    }),
  },
  'user.preferences_updated': {
    bsuid_only: (s) => ({
      field: 'user_preferences',
      withTime: false,
      value: messageValue(s, {
        contacts: [{ profile: { name: USER_NAME, username: USER_USERNAME }, user_id: USER_BSUID }],
        user_preferences: [
          {
            user_id: USER_BSUID,
            detail: 'User requested to resume marketing messages',
            category: 'marketing_messages',
            value: 'resume',
            timestamp: s.time,
          },
        ],
      }),
    }),
  },
  'call.connecting': {
    bsuid_only: (s) => ({
      field: 'calls',
      withTime: false,
      value: messageValue(s, {
        contacts: [{ profile: { name: USER_NAME, username: USER_USERNAME }, user_id: USER_BSUID }],
        calls: [
          {
            id: s.id('wacid.', 'bsuid-call'),
            to: s.display,
            from_user_id: USER_BSUID,
            event: 'connect',
            timestamp: String(s.time),
            direction: 'USER_INITIATED',
            session: { sdp_type: 'offer', sdp: 'v=0\r\no=- 7669997803033704573 2 IN IP4 127.0.0.1\r\ns=-\r\n' },
          },
        ],
      }),
    }),
  },
  'group.participants_updated': {
    join_request: (s) => ({
      field: 'group_participants_update',
      withTime: false,
      value: messageValue(s, {
        groups: [
          {
            timestamp: String(s.time),
            group_id: GROUP_ID,
            type: 'group_join_request_created',
            join_request_id: s.id('', 'join-request'),
            user_id: USER_BSUID,
            username: USER_USERNAME,
          },
        ],
      }),
    }),
    removed_partly: (s) => ({
      field: 'group_participants_update',
      withTime: false,
      value: messageValue(s, {
        groups: [
          {
            timestamp: String(s.time),
            group_id: GROUP_ID,
            type: 'group_participants_remove',
            request_id: s.id('', 'group-remove'),
            initiated_by: 'business',
            removed_participants: [{ input: USER_BSUID }],
            failed_participants: [{ input: '16505550124', errors: [{ code: 131203, title: 'Participant not in group', message: 'Participant not in group' }] }],
            errors: [{ code: 131203, title: 'Not All Participants Remove Succeeded', message: 'Failed to remove some participants from the group' }],
          },
        ],
      }),
    }),
  },
  'group.lifecycle_updated': {
    create_failed: (s) => ({
      field: 'group_lifecycle_update',
      withTime: false,
      value: messageValue(s, {
        groups: [
          {
            timestamp: String(s.time),
            type: 'group_create',
            subject: 'Order 8841 — delivery',
            request_id: s.id('', 'group-create-failed'),
            group_id: GROUP_ID,
            errors: [
              {
                code: 131215,
                title: 'Group limit reached',
                message: 'Group limit reached',
                error_data: { details: 'The number has reached its group limit.' },
              },
            ],
          },
        ],
      }),
    }),
  },
  'group.status_updated': {
    cleared: (s) => ({
      field: 'group_status_update',
      withTime: false,
      value: messageValue(s, { groups: [{ timestamp: String(s.time), type: 'group_suspend_cleared', group_id: GROUP_ID }] }),
    }),
  },
};

/** Event types `metaSampleBody` can build (every catalog type that comes from Meta). */
export const META_SAMPLE_TYPES: readonly EventTypeName[] = Object.keys(SAMPLES);

/** The named variants `metaSampleBody` can build per type, beyond the type's default sample. */
export const META_SAMPLE_VARIANTS: Readonly<Record<EventTypeName, readonly string[]>> = Object.fromEntries(
  Object.entries(VARIANTS).map(([type, variants]) => [type, Object.keys(variants)]),
);

/**
 * A complete Meta POST body (real format, fake content) that the translators turn into exactly one
 * event of `type`. Used by `npm run simulate` and tests.
 */
export function metaSampleBody(type: EventTypeName, opts: MetaSampleOptions): MetaWebhookBody {
  const build = opts.variant === undefined ? SAMPLES[type] : VARIANTS[type]?.[opts.variant];
  if (!build && opts.variant !== undefined) throw new Error(`No Meta sample variant "${opts.variant}" for event type "${type}"`);
  if (!build) throw new Error(`No Meta sample for event type "${type}" (it does not come from Meta, or is unknown)`);
  const seed = opts.unique ?? '';
  const offset = seed ? parseInt(createHash('sha256').update(seed).digest('hex').slice(0, 8), 16) % 10_000_000 : 0;
  const ctx: SampleContext = {
    waba: opts.wabaId,
    phoneId: opts.phoneNumberId,
    display: opts.displayPhoneNumber ?? '15550100001',
    // An explicit time is the time: a sample of "now" must not land months ahead.
    time: opts.timestamp ?? BASE_TIME + offset,
    id: (prefix, kind) => {
      const digest = createHash('sha256').update(`${opts.wabaId}\n${kind}\n${seed}`).digest('base64');
      return `${prefix}HBgLMTY1MDU1NTAxMjMVAgASGB${digest.slice(0, 30)}A=`;
    },
  };
  const sample = build(ctx);
  return {
    object: 'whatsapp_business_account',
    entry: [
      {
        id: opts.wabaId,
        ...(sample.withTime ? { time: ctx.time } : {}),
        changes: [{ field: sample.field, value: sample.value }],
      },
    ],
  };
}
