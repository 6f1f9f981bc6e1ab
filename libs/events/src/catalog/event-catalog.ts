import { EventTypeDefinition } from './event-type-definition';
import { EventTypeName } from './event-type-name';
import { MessageReceivedPayload } from '../payloads/message-received.payload';
import { MessageStatusUpdatedPayload } from '../payloads/message-status-updated.payload';
import { MessageErrorPayload } from '../payloads/message-error.payload';
import { MessageEchoedPayload } from '../payloads/message-echoed.payload';
import { UserPreferencesUpdatedPayload } from '../payloads/user-preferences-updated.payload';
import { CallPayload, CallStatusUpdatedPayload } from '../payloads/call.payload';
import { HistorySyncedPayload } from '../payloads/history-synced.payload';
import { ContactSyncedPayload } from '../payloads/contact-synced.payload';
import {
  TemplateCategoryUpdatedPayload,
  TemplateComponentsUpdatedPayload,
  TemplateQualityUpdatedPayload,
  TemplateStatusUpdatedPayload,
} from '../payloads/template.payload';
import { PhoneNumberNameUpdatedPayload, PhoneNumberQualityUpdatedPayload } from '../payloads/phone-number.payload';
import {
  AccountAlertPayload,
  AccountCapabilityUpdatedPayload,
  AccountReviewUpdatedPayload,
  AccountSecurityEventPayload,
  AccountUpdatedPayload,
} from '../payloads/account.payload';
import { CtwaAutomaticEventPayload } from '../payloads/ctwa-automatic-event.payload';
import { FlowAlertPayload, FlowStatusUpdatedPayload } from '../payloads/flow.payload';
import { PartnerSolutionUpdatedPayload } from '../payloads/partner-solution-updated.payload';
import { PaymentConfigurationUpdatedPayload } from '../payloads/payment-configuration-updated.payload';
import { WebhookEndpointDisabledPayload } from '../payloads/webhook-endpoint-disabled.payload';
import {
  WebhookDeliveryExhaustedPayload,
  WebhookDeliveryFailingPayload,
  WebhookEndpointChangedPayload,
  WebhookEndpointRecoveredPayload,
  WebhookSecretRotatedPayload,
} from '../payloads/webhook-operational.payload';
import { MessageDeletedPayload, MessageEditedPayload } from '../payloads/message-edited.payload';
import { UserIdUpdatedPayload } from '../payloads/user-id-updated.payload';
import {
  GroupLifecycleUpdatedPayload,
  GroupParticipantsUpdatedPayload,
  GroupSettingsUpdatedPayload,
  GroupStatusUpdatedPayload,
} from '../payloads/group.payload';
import { MetaUnmappedChangePayload } from '../payloads/meta-unmapped-change.payload';

/** The public event catalog: the single source for the API, the docs and the settings page. */
export const EVENT_CATALOG: readonly EventTypeDefinition[] = [
  // ── messages ────────────────────────────────────────────────────────────────
  {
    type: 'message.received',
    category: 'messages',
    description:
      'A WhatsApp user sent a message to one of your numbers or in one of your groups: text, media, location, contacts, interactive and button replies, reactions, orders, system messages (number, BSUID or identity changed), with Click-to-WhatsApp ad referral when present. The sender is in user: a user with a username may come with a BSUID and no phone number.',
    metaField: 'messages',
    payload: MessageReceivedPayload,
    example: {
      message_id: 'wamid.HBgLMTY1MDU1NTAxMjMVAgASGBQ1MDUyRjYxRDVCMDlGRUEwNUNDMQA=',
      from: '16505550123',
      from_user_id: 'US.13491208655302741918',
      timestamp: '2026-05-11T08:00:11Z',
      message_type: 'text',
      text: { body: 'Hi! Do you have the blue sneakers in size 38?' },
      user: { wa_id: '16505550123', user_id: 'US.13491208655302741918', name: 'Ana Torres' },
      contact_name: 'Ana Torres',
      display_phone_number: '15550100001',
    },
  },
  {
    type: 'message.status_updated',
    category: 'messages',
    description:
      'A message you sent was sent, delivered, read, played or failed, with its conversation, pricing and errors. The recipient is in user; for a message sent to a group, one event per participant status.',
    metaField: 'messages',
    payload: MessageStatusUpdatedPayload,
    example: {
      message_id: 'wamid.HBgLMTY1MDU1NTAxMjMVAgARGBI3MDNCNzVDQzNDMUM0QjVGODEA',
      status: 'delivered',
      recipient_id: '16505550123',
      recipient_user_id: 'US.13491208655302741918',
      user: { wa_id: '16505550123', user_id: 'US.13491208655302741918', username: '@anatorres', name: 'Ana Torres' },
      timestamp: '2026-05-11T08:33:24Z',
      display_phone_number: '15550100001',
      conversation: { id: 'a2e653d5609c7b024ae53c8fc81bf016', origin_type: 'marketing' },
      pricing: { billable: true, pricing_model: 'PMP', category: 'marketing', type: 'regular' },
    },
  },
  {
    type: 'message.error',
    category: 'messages',
    description: 'Meta reported errors for one of your numbers that are not tied to a single message or status.',
    metaField: 'messages',
    payload: MessageErrorPayload,
    example: {
      display_phone_number: '15550100001',
      errors: [{ code: 131000, title: 'Something went wrong', message: 'Something went wrong', details: 'Unable to process the webhook.' }],
    },
  },
  {
    type: 'message.echoed',
    category: 'messages',
    description:
      'A message your business sent, edited (message_type edit) or deleted (revoke) from the WhatsApp Business app or a linked device (coexistence numbers), so your systems see both sides of the conversation.',
    metaField: 'smb_message_echoes',
    payload: MessageEchoedPayload,
    example: {
      message_id: 'wamid.HBgLMTY1MDU1NTAxMjMVAgARGBJBNjQ3RDg5QjhGQzk4RTI0MkEA',
      from: '15550100001',
      to: '16505550123',
      to_user_id: 'US.13491208655302741918',
      user: { wa_id: '16505550123', user_id: 'US.13491208655302741918' },
      timestamp: '2026-05-11T09:05:00Z',
      message_type: 'text',
      text: { body: 'Yes, size 38 is in stock. Want me to reserve a pair?' },
      display_phone_number: '15550100001',
      source: 'smb_message_echoes',
    },
  },
  {
    type: 'user.preferences_updated',
    category: 'messages',
    description: 'A WhatsApp user stopped or resumed marketing messages from your business.',
    metaField: 'user_preferences',
    payload: UserPreferencesUpdatedPayload,
    example: {
      wa_id: '447700900123',
      user_id: 'GB.20558302741918134912',
      user: { wa_id: '447700900123', user_id: 'GB.20558302741918134912', name: 'Chloe Martin' },
      contact_name: 'Chloe Martin',
      category: 'marketing_messages',
      value: 'stop',
      detail: 'User requested to stop marketing messages',
      timestamp: '2026-05-11T10:33:20Z',
      display_phone_number: '15550100001',
    },
  },
  {
    type: 'call.connecting',
    category: 'messages',
    description:
      'A WhatsApp call is being set up (Calling API connect webhook): an incoming user call with its SDP offer, or the SDP answer to a call you placed.',
    metaField: 'calls',
    payload: CallPayload,
    example: {
      call_id: 'wacid.HBgLMTY1MDU1NTAxMjMVAgASGCA2QzE3RjE0NjlBNjI0MzZGQjQ2N0EyMzc1QTA3MEVGNRwA',
      event: 'connect',
      direction: 'USER_INITIATED',
      from: '16505550123',
      from_user_id: 'US.13491208655302741918',
      to: '15550100001',
      user: { wa_id: '16505550123', user_id: 'US.13491208655302741918', name: 'Ana Torres' },
      contact_name: 'Ana Torres',
      timestamp: '2026-05-11T09:10:00Z',
      display_phone_number: '15550100001',
      session: { sdp_type: 'offer', sdp: 'v=0\r\no=- 7669997803033704573 2 IN IP4 127.0.0.1\r\ns=-\r\n' },
    },
  },
  {
    type: 'call.terminated',
    category: 'messages',
    description: 'A WhatsApp call ended, with its final status, start and end times and duration.',
    metaField: 'calls',
    payload: CallPayload,
    example: {
      call_id: 'wacid.HBgLMTY1MDU1NTAxMjMVAgASGCA2QzE3RjE0NjlBNjI0MzZGQjQ2N0EyMzc1QTA3MEVGNRwA',
      event: 'terminate',
      direction: 'USER_INITIATED',
      from: '16505550123',
      to: '15550100001',
      timestamp: '2026-05-11T09:12:20Z',
      display_phone_number: '15550100001',
      status: 'COMPLETED',
      start_time: '2026-05-11T09:10:05Z',
      end_time: '2026-05-11T09:12:20Z',
      duration: 135,
    },
  },
  {
    type: 'call.status_updated',
    category: 'messages',
    description: 'A call you placed is ringing, was accepted or was rejected by the WhatsApp user.',
    metaField: 'calls',
    payload: CallStatusUpdatedPayload,
    example: {
      call_id: 'wacid.HBgLMTY1MDU1NTAxMjMVAgARGCAyODRQIAFRoA',
      status: 'RINGING',
      recipient_id: '16505550123',
      recipient_user_id: 'US.13491208655302741918',
      user: { wa_id: '16505550123', user_id: 'US.13491208655302741918' },
      timestamp: '2026-05-11T09:20:00Z',
      display_phone_number: '15550100001',
      biz_opaque_callback_data: 'ticket=5521',
    },
  },
  {
    type: 'history.synced',
    category: 'messages',
    description:
      'One chunk of the chat history of a WhatsApp Business app number onboarded with coexistence (or the notice that the business declined to share it).',
    metaField: 'history',
    payload: HistorySyncedPayload,
    example: {
      display_phone_number: '15550100001',
      phase: 0,
      chunk_order: 1,
      progress: 100,
      threads: [
        {
          id: '16505550123',
          user: { wa_id: '16505550123', user_id: 'US.13491208655302741918' },
          messages: [
            {
              message_id: 'wamid.HBgLMTY1MDU1NTAxMjMVAgASGBQzRkE1MDhGMjE0RTM5MEQ1RUEA',
              from: '16505550123',
              timestamp: '2026-05-10T18:00:00Z',
              message_type: 'text',
              text: { body: 'Is the shop open on Sunday?' },
              status: 'READ',
            },
          ],
        },
      ],
    },
  },
  {
    type: 'contact.synced',
    category: 'messages',
    description: 'A contact was added, edited or removed in the WhatsApp Business app address book of a coexistence number.',
    metaField: 'smb_app_state_sync',
    payload: ContactSyncedPayload,
    example: {
      sync_type: 'contact',
      action: 'add',
      contact: { full_name: 'Pablo Morales', first_name: 'Pablo', phone_number: '16505551234' },
      timestamp: '2026-05-11T11:00:00Z',
      display_phone_number: '15550100001',
    },
  },
  {
    type: 'message.edited',
    category: 'messages',
    description: "A WhatsApp user edited a message they had sent: the wamid of the original message and its new content, typed like any message's content.",
    metaField: 'messages',
    payload: MessageEditedPayload,
    example: {
      message_id: 'wamid.HBgLMTY1MDU1NTAxMjMVAgASGBQ0RjA3QkM2NzE5OTI1MzNEQkUA',
      original_message_id: 'wamid.HBgLMTY1MDU1NTAxMjMVAgASGBQ1MDUyRjYxRDVCMDlGRUEwNUNDMQA=',
      from: '16505550123',
      from_user_id: 'US.13491208655302741918',
      timestamp: '2026-05-11T08:02:40Z',
      message: { message_type: 'text', text: { body: 'Hi! Do you have the blue sneakers in size 39?' } },
      user: { wa_id: '16505550123', user_id: 'US.13491208655302741918', name: 'Ana Torres' },
      contact_name: 'Ana Torres',
      display_phone_number: '15550100001',
    },
  },
  {
    type: 'message.deleted',
    category: 'messages',
    description: 'A WhatsApp user deleted a message they had sent (for everyone): the wamid of the deleted message.',
    metaField: 'messages',
    payload: MessageDeletedPayload,
    example: {
      message_id: 'wamid.HBgLMTY1MDU1NTAxMjMVAgASGBQ3QjE5NkQ0MkE4QzM1RTEwMkEA',
      original_message_id: 'wamid.HBgLMTY1MDU1NTAxMjMVAgASGBQ1MDUyRjYxRDVCMDlGRUEwNUNDMQA=',
      from_user_id: 'US.13491208655302741918',
      timestamp: '2026-05-11T08:04:02Z',
      user: { user_id: 'US.13491208655302741918', username: '@anatorres', name: 'Ana Torres' },
      contact_name: 'Ana Torres',
      display_phone_number: '15550100001',
    },
  },
  {
    type: 'user.id_updated',
    category: 'messages',
    description:
      "A WhatsApp user's business-scoped user id (BSUID) changed, because they changed phone number: re-key what you stored under the previous BSUID.",
    metaField: 'user_id_update',
    payload: UserIdUpdatedPayload,
    example: {
      previous_user_id: 'US.13491208655302741918',
      current_user_id: 'US.20385511893361028471',
      previous_parent_user_id: 'US.ENT.11815799212886844830',
      current_parent_user_id: 'US.ENT.20917745601238845571',
      wa_id: '16505550199',
      detail: 'User id for Ana Torres has been updated.',
      timestamp: '2026-05-11T09:30:00Z',
      user: { wa_id: '16505550199', user_id: 'US.20385511893361028471', parent_user_id: 'US.ENT.20917745601238845571', name: 'Ana Torres' },
      display_phone_number: '15550100001',
    },
  },
  // ── groups ──────────────────────────────────────────────────────────────────
  {
    type: 'group.lifecycle_updated',
    category: 'group',
    description: 'A WhatsApp group of one of your numbers was created or deleted (Groups API), or the request failed.',
    metaField: 'group_lifecycle_update',
    payload: GroupLifecycleUpdatedPayload,
    example: {
      group_id: 'Y2FwaV9ncm91cDoxNTU1MDEwMDAwMToxMjAzNjMwMjk2NTU1MTM2NjE=',
      update_type: 'group_create',
      request_id: 'b5bf52b0-5d94-4b57-9ab9-6b9d94f1e8a7',
      timestamp: '2026-05-11T10:00:00Z',
      succeeded: true,
      subject: 'Order 8841 — delivery',
      invite_link: 'https://chat.whatsapp.com/Kp3s8fLx0aB7cD9eF1gH2i',
      join_approval_mode: 'approval_required',
      display_phone_number: '15550100001',
    },
  },
  {
    type: 'group.participants_updated',
    category: 'group',
    description:
      'Users joined one of your groups, left it, were removed, asked to join or withdrew their request; each user named by phone, BSUID and username as far as Meta gives them.',
    metaField: 'group_participants_update',
    payload: GroupParticipantsUpdatedPayload,
    example: {
      group_id: 'Y2FwaV9ncm91cDoxNTU1MDEwMDAwMToxMjAzNjMwMjk2NTU1MTM2NjE=',
      update_type: 'group_participants_add',
      timestamp: '2026-05-11T10:05:00Z',
      reason: 'invite_link',
      added_participants: [{ wa_id: '16505550123', user_id: 'US.13491208655302741918', username: '@anatorres' }],
      display_phone_number: '15550100001',
    },
  },
  {
    type: 'group.settings_updated',
    category: 'group',
    description: 'The subject, description or profile picture of one of your groups was updated, with which settings were applied and why others were not.',
    metaField: 'group_settings_update',
    payload: GroupSettingsUpdatedPayload,
    example: {
      group_id: 'Y2FwaV9ncm91cDoxNTU1MDEwMDAwMToxMjAzNjMwMjk2NTU1MTM2NjE=',
      update_type: 'group_settings_update',
      request_id: '3f0d9c1e-27a4-4f4b-8d0e-5a6b7c8d9e0f',
      timestamp: '2026-05-11T10:10:00Z',
      group_subject: { text: 'Order 8841 — delivery', update_successful: true },
      group_description: { text: 'Coordination of order 8841', update_successful: true },
      display_phone_number: '15550100001',
    },
  },
  {
    type: 'group.status_updated',
    category: 'group',
    description: 'WhatsApp suspended one of your groups for a policy violation, or cleared its suspension.',
    metaField: 'group_status_update',
    payload: GroupStatusUpdatedPayload,
    example: {
      group_id: 'Y2FwaV9ncm91cDoxNTU1MDEwMDAwMToxMjAzNjMwMjk2NTU1MTM2NjE=',
      update_type: 'group_suspend',
      timestamp: '2026-05-11T10:20:00Z',
      suspended: true,
      display_phone_number: '15550100001',
    },
  },
  // ── templates ───────────────────────────────────────────────────────────────
  {
    type: 'template.status_updated',
    category: 'templates',
    description: 'A message template was approved, rejected, paused, disabled, flagged or reinstated.',
    metaField: 'message_template_status_update',
    payload: TemplateStatusUpdatedPayload,
    example: {
      template_id: '1437190053021874',
      template_name: 'order_shipped',
      language: 'en_US',
      status: 'APPROVED',
      reason: 'NONE',
      category: 'UTILITY',
    },
  },
  {
    type: 'template.quality_updated',
    category: 'templates',
    description: "A message template's quality rating changed (GREEN, YELLOW, RED).",
    metaField: 'message_template_quality_update',
    payload: TemplateQualityUpdatedPayload,
    example: {
      template_id: '1437190053021881',
      template_name: 'weekly_deals',
      language: 'en_US',
      previous_quality_score: 'GREEN',
      new_quality_score: 'YELLOW',
    },
  },
  {
    type: 'template.category_updated',
    category: 'templates',
    description: "A message template's category changed, or will change in 24 hours.",
    metaField: 'template_category_update',
    payload: TemplateCategoryUpdatedPayload,
    example: {
      template_id: '1437190053021887',
      template_name: 'loyalty_points_update',
      language: 'en_US',
      previous_category: 'UTILITY',
      new_category: 'MARKETING',
    },
  },
  {
    type: 'template.components_updated',
    category: 'templates',
    description: 'A message template was edited: its body, header, footer or buttons changed.',
    metaField: 'message_template_components_update',
    payload: TemplateComponentsUpdatedPayload,
    example: {
      template_id: '1437190053021874',
      template_name: 'order_shipped',
      language: 'en_US',
      body: 'Hi {{1}}, your order {{2}} has shipped.',
      header: 'Order update',
      footer: 'Example Shoes',
      buttons: [{ type: 'URL', text: 'Track order', url: 'https://example.com/track/{{1}}' }],
    },
  },
  // ── phone number ────────────────────────────────────────────────────────────
  {
    type: 'phone_number.name_updated',
    category: 'phone_number',
    description: "Meta decided on a business number's requested display name.",
    metaField: 'phone_number_name_update',
    payload: PhoneNumberNameUpdatedPayload,
    example: {
      display_phone_number: '15550100001',
      decision: 'APPROVED',
      requested_verified_name: 'Example Shoes',
      rejection_reason: null,
    },
  },
  {
    type: 'phone_number.quality_updated',
    category: 'phone_number',
    description:
      "A business number's messaging limit or throughput changed (or it was flagged / unflagged). Meta names the number by its display form; the envelope's phone_number_id is resolved from it.",
    metaField: 'phone_number_quality_update',
    payload: PhoneNumberQualityUpdatedPayload,
    example: {
      display_phone_number: '15550100001',
      event: 'UPGRADE',
      max_daily_conversations_per_business: 'TIER_10K',
      current_limit: 'TIER_10K',
      old_limit: 'TIER_2K',
    },
  },
  // ── account ─────────────────────────────────────────────────────────────────
  {
    type: 'account.updated',
    category: 'account',
    description:
      'Something changed on the WhatsApp Business Account: a policy violation, a restriction, a ban, partner sharing or removal, an ad account link, verification, deletion, pricing tier or eligibility. Partner events reach the workspace of the WABA they concern.',
    metaField: 'account_update',
    payload: AccountUpdatedPayload,
    example: { event: 'ACCOUNT_VIOLATION', violation_info: { violation_type: 'SCAM' } },
  },
  {
    type: 'account.alert',
    category: 'account',
    description: 'Meta raised or resolved an alert about messaging limits, the business profile or Official Business Account status.',
    metaField: 'account_alerts',
    payload: AccountAlertPayload,
    example: {
      entity_type: 'BUSINESS',
      entity_id: '948201736455102',
      alert_type: 'INCREASED_CAPABILITIES_ELIGIBILITY_DEFERRED',
      alert_severity: 'WARNING',
      alert_status: 'ACTIVE',
      alert_description: 'Limits cannot be increased for your business Example Shoes LLC.',
    },
  },
  {
    type: 'account.review_updated',
    category: 'account',
    description: 'The WhatsApp Business Account was reviewed against Meta policies.',
    metaField: 'account_review_update',
    payload: AccountReviewUpdatedPayload,
    example: { decision: 'APPROVED' },
  },
  {
    type: 'account.capability_updated',
    category: 'account',
    description: "The account's capabilities changed: messaging limit, phone numbers allowed.",
    metaField: 'business_capability_update',
    payload: AccountCapabilityUpdatedPayload,
    example: { max_daily_conversations_per_business: 10000, max_phone_numbers_per_waba: 25 },
  },
  {
    type: 'account.security_event',
    category: 'account',
    description: 'A security setting of a business number changed, such as its two-step verification PIN.',
    metaField: 'security',
    payload: AccountSecurityEventPayload,
    example: { display_phone_number: '15550100001', event: 'PIN_CHANGED' },
  },
  {
    type: 'flow.status_updated',
    category: 'account',
    description: 'A WhatsApp Flow changed status (published, throttled, blocked, deprecated).',
    metaField: 'flows',
    payload: FlowStatusUpdatedPayload,
    example: {
      event: 'FLOW_STATUS_CHANGE',
      flow_id: '1097420589034000',
      message: 'Flow Booking changed status from DRAFT to PUBLISHED',
      old_status: 'DRAFT',
      new_status: 'PUBLISHED',
    },
  },
  {
    type: 'flow.alert',
    category: 'account',
    description: "A WhatsApp Flow's endpoint or client crossed an error-rate, latency or availability threshold, or a Flow version is about to expire.",
    metaField: 'flows',
    payload: FlowAlertPayload,
    example: {
      event: 'ENDPOINT_ERROR_RATE',
      flow_id: '1097420589034000',
      message: 'Endpoint error rate has reached the 10% threshold',
      alert_state: 'ACTIVATED',
      threshold: 10,
      error_rate: 12.5,
      errors: [{ error_type: 'TIMEOUT', error_rate: 12.5, error_count: 25 }],
    },
  },
  {
    type: 'partner_solution.updated',
    category: 'account',
    description: 'A Multi-Partner Solution was created, accepted, rejected or deactivated.',
    metaField: 'partner_solutions',
    payload: PartnerSolutionUpdatedPayload,
    example: { event: 'SOLUTION_CREATED', solution_id: '1220406039151413', solution_status: 'INITIATED' },
  },
  {
    type: 'payment_configuration.updated',
    category: 'account',
    description: 'A payment configuration (Payments API India / Brazil) was connected, disconnected or activated.',
    metaField: 'payment_configuration_update',
    payload: PaymentConfigurationUpdatedPayload,
    example: {
      configuration_name: 'example-shoes-razorpay',
      provider_name: 'razorpay',
      provider_mid: 'acc_0aBcDeFgHiJkLm',
      status: 'Active',
      created_timestamp: '2026-05-01T09:00:00Z',
      updated_timestamp: '2026-05-11T09:00:00Z',
    },
  },
  // ── ads ─────────────────────────────────────────────────────────────────────
  {
    type: 'ctwa.automatic_event',
    category: 'ads',
    description: 'Meta detected a lead or a purchase in a chat that started from a Click-to-WhatsApp ad; purchases carry their real amount and currency.',
    metaField: 'automatic_events',
    payload: CtwaAutomaticEventPayload,
    example: {
      event_id: 'wamid.HBgLMTY1MDU1NTAxNDUVAgASGBQxRkREODgyNkY3RjQ5OUFFQTYzNwA=',
      event_name: 'Purchase',
      ctwa_clid: 'Affke_yKVBSHfsygKb2mO5UNWQI7MAYV34wvLtyNqJ-9OdO1v64_oL2dHr_fp',
      timestamp: '2026-05-11T10:30:00Z',
      display_phone_number: '15550100001',
      custom_data: { currency: 'USD', amount: 25, amount_x1000: 25000 },
    },
  },
  // ── operational ─────────────────────────────────────────────────────────────
  {
    type: 'webhook.endpoint_disabled',
    category: 'operational',
    description: 'This service stopped delivering to one of your webhook endpoints after repeated failures; recover it to resume.',
    metaField: null,
    payload: WebhookEndpointDisabledPayload,
    example: {
      endpoint_id: 'whe_01HZX3Q8M4T7K2',
      url: 'https://hooks.example.com/whatsapp',
      reason: 'Disabled after 50 consecutive failed deliveries',
      disabled_at: '2026-05-12T16:10:17Z',
      last_status_code: 503,
    },
  },
  {
    type: 'webhook.delivery_failing',
    category: 'operational',
    description:
      'Every delivery to one of your endpoints has failed for a while (DELIVERY_FAILING_AFTER): a warning, once per failing period, well before the endpoint is disabled. Sent to your other subscribed endpoints, never to the failing one.',
    metaField: null,
    payload: WebhookDeliveryFailingPayload,
    example: {
      endpoint_id: '5b0c2f7e-6a3e-4f7e-9a55-1f0a3c1d2e4f',
      url: 'https://hooks.example.com/whatsapp',
      failing_since: '2026-05-12T15:40:17Z',
      disables_at: '2026-05-17T15:40:17Z',
      last_status_code: 503,
    },
  },
  {
    type: 'webhook.delivery_exhausted',
    category: 'operational',
    description: 'A delivery used all its attempts without success: the event, the endpoint and the last error. Resend it from the delivery log.',
    metaField: null,
    payload: WebhookDeliveryExhaustedPayload,
    example: {
      event_id: 'evt_2x8QhT3m9YbKpL0aZc4RfVnW1sD',
      event_type: 'message.received',
      endpoint_id: '5b0c2f7e-6a3e-4f7e-9a55-1f0a3c1d2e4f',
      url: 'https://hooks.example.com/whatsapp',
      attempts: 8,
      last_error: 'HTTP 503',
      last_status_code: 503,
    },
  },
  {
    type: 'webhook.endpoint_recovered',
    category: 'operational',
    description: 'The first successful delivery to an endpoint after a failing period (one that was reported by webhook.delivery_failing).',
    metaField: null,
    payload: WebhookEndpointRecoveredPayload,
    example: {
      endpoint_id: '5b0c2f7e-6a3e-4f7e-9a55-1f0a3c1d2e4f',
      url: 'https://hooks.example.com/whatsapp',
      failing_since: '2026-05-12T15:40:17Z',
      recovered_at: '2026-05-12T16:02:40Z',
    },
  },
  {
    type: 'webhook.endpoint_created',
    category: 'operational',
    description: 'A webhook endpoint was added to the workspace.',
    metaField: null,
    payload: WebhookEndpointChangedPayload,
    example: {
      endpoint_id: '5b0c2f7e-6a3e-4f7e-9a55-1f0a3c1d2e4f',
      url: 'https://hooks.example.com/whatsapp',
      description: 'CRM sync',
      events: ['message.*'],
      enabled: true,
      rate_limit_per_second: 50,
      changed_at: '2026-05-12T16:10:17Z',
    },
  },
  {
    type: 'webhook.endpoint_updated',
    category: 'operational',
    description: 'A webhook endpoint was changed (URL, events, filter, headers, rate limit, enabled).',
    metaField: null,
    payload: WebhookEndpointChangedPayload,
    example: {
      endpoint_id: '5b0c2f7e-6a3e-4f7e-9a55-1f0a3c1d2e4f',
      url: 'https://hooks.example.com/whatsapp',
      description: 'CRM sync',
      events: ['message.*'],
      enabled: true,
      rate_limit_per_second: 50,
      changed_at: '2026-05-12T16:10:17Z',
    },
  },
  {
    type: 'webhook.endpoint_deleted',
    category: 'operational',
    description: 'A webhook endpoint was deleted; its pending deliveries are dropped.',
    metaField: null,
    payload: WebhookEndpointChangedPayload,
    example: {
      endpoint_id: '5b0c2f7e-6a3e-4f7e-9a55-1f0a3c1d2e4f',
      url: 'https://hooks.example.com/whatsapp',
      description: 'CRM sync',
      events: ['message.*'],
      enabled: true,
      rate_limit_per_second: 50,
      changed_at: '2026-05-12T16:10:17Z',
    },
  },
  {
    type: 'webhook.secret_rotated',
    category: 'operational',
    description: "An endpoint's signing secret was rotated; the previous one keeps signing until previous_secret_expires_at.",
    metaField: null,
    payload: WebhookSecretRotatedPayload,
    example: {
      endpoint_id: '5b0c2f7e-6a3e-4f7e-9a55-1f0a3c1d2e4f',
      url: 'https://hooks.example.com/whatsapp',
      rotated_at: '2026-05-12T16:10:17Z',
      previous_secret_expires_at: '2026-05-13T16:10:17Z',
    },
  },
  // ── other Meta changes ──────────────────────────────────────────────────────
  {
    type: 'meta.unmapped_change',
    category: 'other',
    description:
      "A Meta change this service has no typed event for (fields such as messaging_handovers, account_settings_update, consumer_profile, tracking_events, template_correct_category_detection, and fields Meta adds later) or could not read, delivered with Meta's raw value. Subscribe to it to receive every Meta change, not only the typed ones.",
    metaField: null,
    payload: MetaUnmappedChangePayload,
    example: {
      field: 'messaging_handovers',
      reason: 'no_translator',
      entry_id: '103850127645201',
      value: {
        messaging_product: 'whatsapp',
        recipient: { display_phone_number: '15550100001', phone_number_id: '117263540981001' },
        sender: { phone_number: '16505550123' },
        timestamp: '1778490000',
        control_passed: { metadata: 'handover to human agent' },
      },
    },
  },
];

const BY_TYPE = new Map<EventTypeName, EventTypeDefinition>(EVENT_CATALOG.map((d) => [d.type, d]));

export function findEventType(type: EventTypeName): EventTypeDefinition | undefined {
  return BY_TYPE.get(type);
}

export const EVENT_TYPE_NAMES: readonly EventTypeName[] = EVENT_CATALOG.map((d) => d.type);
