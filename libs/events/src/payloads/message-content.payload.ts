import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MetaErrorPayload } from './common.payload';

export class TextContentPayload {
  @ApiProperty({ description: 'Message text.', example: 'Hi! Do you have the blue sneakers in size 38?' })
  body: string;
}

/** image, video, audio (voice notes have voice=true), document and sticker messages. */
export class MediaContentPayload {
  @ApiPropertyOptional({ description: 'Media asset id; download it with the Cloud API media endpoint.', example: '1152007129257463' })
  id?: string;

  @ApiPropertyOptional({ description: 'MIME type.', example: 'image/jpeg' })
  mime_type?: string;

  @ApiPropertyOptional({ description: 'SHA-256 of the media file (base64).', example: 'DPRX4kpHnwL9TTRUA4n3IPCAfc/5KnViEIFlsmN+qC8=' })
  sha256?: string;

  @ApiPropertyOptional({ description: 'Caption (image, video, document).', example: 'This is the damaged box I received' })
  caption?: string;

  @ApiPropertyOptional({ description: 'File name (document).', example: 'invoice-8841.pdf' })
  filename?: string;

  @ApiPropertyOptional({ description: 'True for a voice note recorded in WhatsApp (audio).', example: true })
  voice?: boolean;

  @ApiPropertyOptional({ description: 'True for an animated sticker.', example: false })
  animated?: boolean;

  @ApiPropertyOptional({
    description: 'Short-lived download URL when Meta includes one.',
    example: 'https://lookaside.fbsbx.com/whatsapp_business/attachments/?mid=1152007129257463',
  })
  url?: string;
}

export class LocationContentPayload {
  @ApiPropertyOptional({ description: 'Latitude.', example: 40.4168 })
  latitude?: number;

  @ApiPropertyOptional({ description: 'Longitude.', example: -3.7038 })
  longitude?: number;

  @ApiPropertyOptional({ description: 'Place name.', example: 'Example Shoes — Gran Vía' })
  name?: string;

  @ApiPropertyOptional({ description: 'Place address.', example: 'Gran Vía 1, Madrid' })
  address?: string;

  @ApiPropertyOptional({ description: 'Place URL.', example: 'https://example.com/stores/madrid' })
  url?: string;
}

export class ReplyPayload {
  @ApiPropertyOptional({ description: 'Id of the button or row you defined.', example: 'confirm-booking-7731' })
  id?: string;

  @ApiPropertyOptional({ description: 'Title shown to the user.', example: 'Confirm' })
  title?: string;

  @ApiPropertyOptional({ description: 'Row description (list replies).', example: 'Delivered in 24h' })
  description?: string;
}

export class NfmReplyPayload {
  @ApiPropertyOptional({ description: 'Always "flow" for WhatsApp Flows replies.', example: 'flow' })
  name?: string;

  @ApiPropertyOptional({ description: 'Reply body, usually "Sent".', example: 'Sent' })
  body?: string;

  @ApiPropertyOptional({
    description: 'The Flow response: parsed into an object when Meta sends valid JSON, else the raw string.',
    oneOf: [{ type: 'object', additionalProperties: true }, { type: 'string' }],
    example: { flow_token: 'booking-7731', date: '2026-05-20' },
  })
  response_json?: unknown;
}

export class InteractiveContentPayload {
  @ApiProperty({ description: 'Reply kind: button_reply, list_reply, nfm_reply (Flow), or another Meta kind carried raw.', example: 'button_reply' })
  type: string;

  @ApiPropertyOptional({ description: 'Reply button pressed.', type: ReplyPayload, example: { id: 'confirm-booking-7731', title: 'Confirm' } })
  button_reply?: ReplyPayload;

  @ApiPropertyOptional({ description: 'List row chosen.', type: ReplyPayload, example: { id: 'express', title: 'Express', description: 'Delivered in 24h' } })
  list_reply?: ReplyPayload;

  @ApiPropertyOptional({
    description: 'WhatsApp Flow response.',
    type: NfmReplyPayload,
    example: { name: 'flow', body: 'Sent', response_json: { flow_token: 'booking-7731' } },
  })
  nfm_reply?: NfmReplyPayload;
}

export class ButtonContentPayload {
  @ApiPropertyOptional({ description: 'Payload of the template quick-reply button.', example: 'STOP_PROMOS' })
  payload?: string;

  @ApiPropertyOptional({ description: 'Button text.', example: 'Stop promotions' })
  text?: string;
}

export class ReactionContentPayload {
  @ApiPropertyOptional({ description: 'wamid of the message reacted to.', example: 'wamid.HBgLMTY1MDU1NTAxMjMVAgARGBI3MDNCNzVDQzNDMUM0QjVGODEA' })
  message_id?: string;

  @ApiPropertyOptional({ description: 'The emoji; absent when the reaction was removed.', example: '👍' })
  emoji?: string;

  @ApiPropertyOptional({ description: 'True when the user removed their reaction.', example: true })
  removed?: boolean;
}

export class OrderProductItemPayload {
  @ApiPropertyOptional({ description: 'Product retailer id (SKU).', example: 'SNK-BLUE-38' })
  product_retailer_id?: string;

  @ApiPropertyOptional({ description: 'Quantity.', type: 'integer', example: 1 })
  quantity?: number;

  @ApiPropertyOptional({ description: 'Unit price.', example: 59.9 })
  item_price?: number;

  @ApiPropertyOptional({ description: 'ISO 4217 currency.', example: 'EUR' })
  currency?: string;
}

export class OrderContentPayload {
  @ApiPropertyOptional({ description: 'Catalog id.', example: '880321517400221' })
  catalog_id?: string;

  @ApiPropertyOptional({ description: 'Text sent with the order.', example: 'Please gift wrap it' })
  text?: string;

  @ApiPropertyOptional({
    description: 'Ordered items.',
    type: [OrderProductItemPayload],
    example: [{ product_retailer_id: 'SNK-BLUE-38', quantity: 1, item_price: 59.9, currency: 'EUR' }],
  })
  product_items?: OrderProductItemPayload[];
}

export class SystemIdentityPayload {
  @ApiPropertyOptional({ description: 'Whether the identity change was acknowledged.', example: true })
  acknowledged?: boolean;

  @ApiPropertyOptional({ description: 'When the new identity was created (ISO-8601).', example: '2026-05-11T08:00:00Z' })
  created_timestamp?: string;

  @ApiPropertyOptional({ description: 'Hash of the new identity key.', example: 'Sjvjlx8G6Z0=' })
  hash?: string;
}

export class SystemContentPayload {
  @ApiPropertyOptional({ description: 'System message text.', example: 'User Ana Torres changed from US.13491208655302741918 to US.20385511893361028471' })
  body?: string;

  @ApiPropertyOptional({
    description:
      'System message type: user_changed_number (new phone in wa_id), user_changed_user_id (new BSUID in user_id), customer_identity_changed (identity), or another Meta value.',
    example: 'user_changed_user_id',
  })
  type?: string;

  @ApiPropertyOptional({ description: "The user's new phone number (user_changed_number), or their phone number when Meta gives it.", example: '16505550199' })
  wa_id?: string;

  @ApiPropertyOptional({ description: "The user's new BSUID (user_changed_user_id).", example: 'US.20385511893361028471' })
  user_id?: string;

  @ApiPropertyOptional({ description: "The user's new parent BSUID (user_changed_user_id, parent BSUIDs enabled).", example: 'US.ENT.11815799212886844830' })
  parent_user_id?: string;

  @ApiPropertyOptional({ description: 'New WhatsApp id after a number change (older API versions).', example: '16505550199' })
  new_wa_id?: string;

  @ApiPropertyOptional({ description: 'Customer wa_id (older API versions).', example: '16505550123' })
  customer?: string;

  @ApiPropertyOptional({
    description: 'The new identity (customer_identity_changed).',
    type: SystemIdentityPayload,
    example: { acknowledged: true, created_timestamp: '2026-05-11T08:00:00Z', hash: 'Sjvjlx8G6Z0=' },
  })
  identity?: SystemIdentityPayload;
}

export class ReferredProductPayload {
  @ApiPropertyOptional({ description: 'Catalog id.', example: '880321517400221' })
  catalog_id?: string;

  @ApiPropertyOptional({ description: 'Product retailer id.', example: 'SNK-BLUE-38' })
  product_retailer_id?: string;
}

export class MessageContextPayload {
  @ApiPropertyOptional({ description: 'Sender of the message replied to (your business number for replies to you).', example: '15550100001' })
  from?: string;

  @ApiPropertyOptional({ description: 'wamid of the message replied to.', example: 'wamid.HBgLMTY1MDU1NTAxMjMVAgARGBJDMzdGRkQ0OUJGQTBBOEJFNkYA' })
  message_id?: string;

  @ApiPropertyOptional({ description: 'True when the message was forwarded.', example: true })
  forwarded?: boolean;

  @ApiPropertyOptional({ description: 'True when forwarded more than 5 times.', example: false })
  frequently_forwarded?: boolean;

  @ApiPropertyOptional({
    description: 'Product the user asked about (Message Business button).',
    type: ReferredProductPayload,
    example: { catalog_id: '880321517400221', product_retailer_id: 'SNK-BLUE-38' },
  })
  referred_product?: ReferredProductPayload;
}

export class WelcomeMessagePayload {
  @ApiPropertyOptional({ description: 'Greeting shown in the ad thread.', example: 'Hi there! How can we help you today?' })
  text?: string;
}

/** Click-to-WhatsApp ad referral. */
export class ReferralPayload {
  @ApiPropertyOptional({ description: 'URL of the ad or post.', example: 'https://fb.me/0aBcDeFgH' })
  source_url?: string;

  @ApiPropertyOptional({ description: 'Ad or post id.', example: '120245500000000001' })
  source_id?: string;

  @ApiPropertyOptional({ description: '"ad" or "post".', example: 'ad' })
  source_type?: string;

  @ApiPropertyOptional({ description: 'Ad headline.', example: 'Chat with us on WhatsApp' })
  headline?: string;

  @ApiPropertyOptional({ description: 'Ad body.', example: 'Spring sale: 20% off all running shoes' })
  body?: string;

  @ApiPropertyOptional({ description: '"image" or "video".', example: 'image' })
  media_type?: string;

  @ApiPropertyOptional({ description: 'Ad image URL.', example: 'https://scontent.xx.fbcdn.net/v/t45.1600-4/ad_image.jpg' })
  image_url?: string;

  @ApiPropertyOptional({ description: 'Ad video URL.', example: 'https://video.xx.fbcdn.net/v/t42.1790-2/ad_video.mp4' })
  video_url?: string;

  @ApiPropertyOptional({ description: 'Ad video thumbnail URL.', example: 'https://scontent.xx.fbcdn.net/v/t15.5256-10/thumb.jpg' })
  thumbnail_url?: string;

  @ApiPropertyOptional({
    description: 'Click id of the ad (for conversion reporting).',
    example: 'Affke_yKVBSHfsygKb2mO5UNWQI7MAYV34wvLtyNqJ-9OdO1v64_oL2dHr_fp',
  })
  ctwa_clid?: string;

  @ApiPropertyOptional({ description: 'Ad greeting.', type: WelcomeMessagePayload, example: { text: 'Hi there! How can we help you today?' } })
  welcome_message?: WelcomeMessagePayload;
}

/**
 * The content of one message: its type and the object under the key named by the type (text, image, ...,
 * and for types this service does not model, Meta's raw object), with its reply / forward context.
 */
export class MessageBodyFields {
  @ApiProperty({
    description:
      'text, image, video, audio, document, sticker, location, contacts, interactive, button, reaction, order, system, unsupported, unknown, edit, revoke, request_welcome, or a newer Meta type.',
    example: 'text',
  })
  message_type: string;

  @ApiPropertyOptional({ description: 'Text content.', type: TextContentPayload, example: { body: 'Hi!' } })
  text?: TextContentPayload;

  @ApiPropertyOptional({
    description: 'Image content.',
    type: MediaContentPayload,
    example: { id: '1152007129257463', mime_type: 'image/jpeg', sha256: 'DPRX4kpHnwL9TTRUA4n3IPCAfc/5KnViEIFlsmN+qC8=' },
  })
  image?: MediaContentPayload;

  @ApiPropertyOptional({
    description: 'Video content.',
    type: MediaContentPayload,
    example: { id: '1152007129257464', mime_type: 'video/mp4', sha256: 'q1W2e3R4t5Y6u7I8o9P0a1S2d3F4g5H6j7K8l9Z0x1c=' },
  })
  video?: MediaContentPayload;

  @ApiPropertyOptional({
    description: 'Audio content (voice=true for voice notes).',
    type: MediaContentPayload,
    example: { id: '1152007129257465', mime_type: 'audio/ogg; codecs=opus', sha256: 'z9X8c7V6b5N4m3L2k1J0h9G8f7D6s5A4p3O2i1U0y9T=', voice: true },
  })
  audio?: MediaContentPayload;

  @ApiPropertyOptional({
    description: 'Document content.',
    type: MediaContentPayload,
    example: { id: '1152007129257466', mime_type: 'application/pdf', sha256: 'm1N2b3V4c5X6z7L8k9J0h1G2f3D4s5A6p7O8i9U0y1T=', filename: 'invoice-8841.pdf' },
  })
  document?: MediaContentPayload;

  @ApiPropertyOptional({
    description: 'Sticker content.',
    type: MediaContentPayload,
    example: { id: '1152007129257467', mime_type: 'image/webp', sha256: 'a1S2d3F4g5H6j7K8l9Z0x1C2v3B4n5M6q7W8e9R0t1Y=', animated: false },
  })
  sticker?: MediaContentPayload;

  @ApiPropertyOptional({
    description: 'Location content.',
    type: LocationContentPayload,
    example: { latitude: 40.4168, longitude: -3.7038, name: 'Example Shoes' },
  })
  location?: LocationContentPayload;

  @ApiPropertyOptional({
    description: 'Shared contact cards, as Meta sends them (name, phones, emails, addresses, org, urls, birthday; vcard and origin since 2026).',
    type: 'array',
    items: {
      type: 'object',
      properties: {
        name: { type: 'object', additionalProperties: true, description: 'formatted_name, first_name, last_name, …' },
        phones: { type: 'array', items: { type: 'object', additionalProperties: true }, description: 'phone, wa_id, type' },
        emails: { type: 'array', items: { type: 'object', additionalProperties: true } },
        addresses: { type: 'array', items: { type: 'object', additionalProperties: true } },
        org: { type: 'object', additionalProperties: true },
        urls: { type: 'array', items: { type: 'object', additionalProperties: true } },
        birthday: { type: 'string' },
        vcard: { type: 'string' },
        origin: { type: 'string' },
      },
      additionalProperties: true,
    },
    example: [{ name: { formatted_name: 'Luis Gómez', first_name: 'Luis' }, phones: [{ phone: '+34 600 000 000', wa_id: '34600000000', type: 'CELL' }] }],
  })
  contacts?: Record<string, unknown>[];

  @ApiPropertyOptional({
    description: 'Interactive reply (button, list, Flow).',
    type: InteractiveContentPayload,
    example: { type: 'button_reply', button_reply: { id: 'confirm-booking-7731', title: 'Confirm' } },
  })
  interactive?: InteractiveContentPayload;

  @ApiPropertyOptional({
    description: 'Template quick-reply button press.',
    type: ButtonContentPayload,
    example: { payload: 'STOP_PROMOS', text: 'Stop promotions' },
  })
  button?: ButtonContentPayload;

  @ApiPropertyOptional({
    description: 'Reaction (removed=true when the reaction was withdrawn).',
    type: ReactionContentPayload,
    example: { message_id: 'wamid.HBgLMTY1MDU1NTAxMjMVAgARGBI3MDNCNzVDQzNDMUM0QjVGODEA', emoji: '👍' },
  })
  reaction?: ReactionContentPayload;

  @ApiPropertyOptional({
    description: 'Cart order.',
    type: OrderContentPayload,
    example: { catalog_id: '880321517400221', product_items: [{ product_retailer_id: 'SNK-BLUE-38', quantity: 1, item_price: 59.9, currency: 'EUR' }] },
  })
  order?: OrderContentPayload;

  @ApiPropertyOptional({
    description: 'System message: the user changed number, BSUID or identity.',
    type: SystemContentPayload,
    example: {
      body: 'User Ana Torres changed from US.13491208655302741918 to US.20385511893361028471',
      type: 'user_changed_user_id',
      user_id: 'US.20385511893361028471',
    },
  })
  system?: SystemContentPayload;

  @ApiPropertyOptional({
    description: 'Unsupported message type (details in errors).',
    type: 'object',
    properties: { type: { type: 'string', description: "Meta's name for the type", example: 'poll' } },
    additionalProperties: true,
    example: { type: 'poll' },
  })
  unsupported?: Record<string, unknown>;

  @ApiPropertyOptional({
    description: 'Reply / forward context.',
    type: MessageContextPayload,
    example: { from: '15550100001', message_id: 'wamid.HBgLMTY1MDU1NTAxMjMVAgARGBJDMzdGRkQ0OUJGQTBBOEJFNkYA' },
  })
  context?: MessageContextPayload;
}

/** The new content of an edited message (Meta's edit.message). */
export class EditedMessagePayload extends MessageBodyFields {}

export class EditContentPayload {
  @ApiPropertyOptional({ description: 'wamid of the message that was edited.', example: 'wamid.HBgLMTY1MDU1NTAxMjMVAgASGBQzQTRBNjU5OUFFRTAzODEwMTQ0RgA=' })
  original_message_id?: string;

  @ApiPropertyOptional({
    description: 'The message as it reads after the edit, typed like any message content.',
    type: EditedMessagePayload,
    example: { message_type: 'text', text: { body: 'Does it come in blue?' } },
  })
  message?: EditedMessagePayload;
}

export class RevokeContentPayload {
  @ApiPropertyOptional({ description: 'wamid of the message that was deleted.', example: 'wamid.HBgLMTY1MDU1NTAxMjMVAgASGBQzQTRBNjU5OUFFRTAzODEwMTQ0RgA=' })
  original_message_id?: string;
}

/** Fields shared by every message-shaped payload: its id, sender, time and content. */
export class MessageContentFields extends MessageBodyFields {
  @ApiProperty({ description: 'WhatsApp message id (wamid).', example: 'wamid.HBgLMTY1MDU1NTAxMjMVAgASGBQ1MDUyRjYxRDVCMDlGRUEwNUNDMQA=' })
  message_id: string;

  @ApiPropertyOptional({
    description: 'Sender phone number; Meta omits it for a user with a username whose number it may not share (see from_user_id).',
    example: '16505550123',
  })
  from?: string;

  @ApiPropertyOptional({ description: "Sender's business-scoped user id (BSUID).", example: 'US.13491208655302741918' })
  from_user_id?: string;

  @ApiPropertyOptional({ description: "Sender's parent BSUID (parent BSUIDs enabled).", example: 'US.ENT.11815799212886844830' })
  from_parent_user_id?: string;

  @ApiPropertyOptional({
    description: 'Group the message was sent in (group messages only).',
    example: 'Y2FwaV9ncm91cDoxNTU1MDEwMDAwMToxMjAzNjMwMjk2NTU1MTM2NjE=',
  })
  group_id?: string;

  @ApiPropertyOptional({ description: 'When the message was sent (ISO-8601).', example: '2026-05-11T08:06:51Z' })
  timestamp?: string;

  @ApiPropertyOptional({
    description: 'Edit of an earlier message (echoes of the business app).',
    type: EditContentPayload,
    example: {
      original_message_id: 'wamid.HBgLMTY1MDU1NTAxMjMVAgASGBQzQTRBNjU5OUFFRTAzODEwMTQ0RgA=',
      message: { message_type: 'text', text: { body: 'Opening hours: 9:00-19:00' } },
    },
  })
  edit?: EditContentPayload;

  @ApiPropertyOptional({
    description: 'Deletion of an earlier message (echoes of the business app).',
    type: RevokeContentPayload,
    example: { original_message_id: 'wamid.HBgLMTY1MDU1NTAxMjMVAgASGBQzQTRBNjU5OUFFRTAzODEwMTQ0RgA=' },
  })
  revoke?: RevokeContentPayload;

  @ApiPropertyOptional({
    description: 'Click-to-WhatsApp ad referral with ctwa_clid.',
    type: ReferralPayload,
    example: { source_type: 'ad', source_id: '120245500000000001', ctwa_clid: 'Affke_yKVBSHfsygKb2mO5UNWQI7MAYV34wvLtyNqJ' },
  })
  referral?: ReferralPayload;

  @ApiPropertyOptional({
    description: 'Errors (unsupported / unknown messages).',
    type: [MetaErrorPayload],
    example: [{ code: 131051, title: 'Message type unknown', message: 'Message type unknown', details: 'Message type is currently not supported.' }],
  })
  errors?: MetaErrorPayload[];
}
