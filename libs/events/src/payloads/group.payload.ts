import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { MetaErrorPayload, WhatsAppUserPayload } from './common.payload';

const GROUP_ID_EXAMPLE = 'Y2FwaV9ncm91cDoxNTU1MDEwMDAwMToxMjAzNjMwMjk2NTU1MTM2NjE=';
const NO_SAMPLE = "Built from Meta's documented syntax (Groups API webhooks reference) without a sample payload.";

/** Fields every group event carries. */
export class GroupEventFields {
  @ApiProperty({ description: 'The WhatsApp group id.', example: GROUP_ID_EXAMPLE })
  group_id: string;

  @ApiPropertyOptional({
    description:
      "What happened (Meta's type): group_create, group_delete; group_participants_add, group_participants_remove, group_join_request_created, group_join_request_revoked; group_settings_update; group_suspend, group_suspend_cleared.",
    example: 'group_create',
  })
  update_type?: string;

  @ApiPropertyOptional({
    description: 'Id of your asynchronous Groups API request this answers, when it answers one.',
    example: 'b5bf52b0-5d94-4b57-9ab9-6b9d94f1e8a7',
  })
  request_id?: string;

  @ApiPropertyOptional({ description: 'When it happened (ISO-8601).', example: '2026-05-11T10:00:00Z' })
  timestamp?: string;

  @ApiPropertyOptional({
    description: 'Why the request failed entirely or partly.',
    type: [MetaErrorPayload],
    example: [{ code: 131215, title: 'Group participant limit reached', message: 'Group participant limit reached' }],
  })
  errors?: MetaErrorPayload[];

  @ApiPropertyOptional({ description: 'The business number that owns the group.', example: '15550100001' })
  display_phone_number?: string;
}

/** data of `group.lifecycle_updated`. */
@ApiSchema({ description: `A group was created or deleted (Meta's group_lifecycle_update). ${NO_SAMPLE}` })
export class GroupLifecycleUpdatedPayload extends GroupEventFields {
  @ApiPropertyOptional({
    description: 'A group was created (group_create) or deleted (group_delete); succeeded is false when errors tell why not.',
    example: true,
  })
  succeeded?: boolean;

  @ApiPropertyOptional({ description: 'Group subject (name).', example: 'Order 8841 — delivery' })
  subject?: string;

  @ApiPropertyOptional({ description: 'Group description.', example: 'Coordination of order 8841' })
  description?: string;

  @ApiPropertyOptional({ description: 'Invite link of a created group.', example: 'https://chat.whatsapp.com/Kp3s8fLx0aB7cD9eF1gH2i' })
  invite_link?: string;

  @ApiPropertyOptional({ description: 'Join approval mode of a created group (e.g. auto_approve, approval_required).', example: 'approval_required' })
  join_approval_mode?: string;
}

/** A group participant: the user as far as Meta named them, with what the business used to name them. */
export class GroupParticipantPayload extends WhatsAppUserPayload {
  @ApiPropertyOptional({
    description: 'The phone number or BSUID the business used in its request (Meta echoes it as input).',
    example: 'US.13491208655302741918',
  })
  input?: string;

  @ApiPropertyOptional({
    description: 'Why this participant could not be removed (failed_participants).',
    type: [MetaErrorPayload],
    example: [{ code: 131203, title: 'Participant not in group' }],
  })
  errors?: MetaErrorPayload[];
}

/** data of `group.participants_updated`. */
@ApiSchema({ description: `Users joined, left, were removed from or asked to join a group (Meta's group_participants_update). ${NO_SAMPLE}` })
export class GroupParticipantsUpdatedPayload extends GroupEventFields {
  @ApiPropertyOptional({
    description:
      "How it came about, as Meta says it: invite_link for a join through the group's invite link, or the reason given for a join request's outcome.",
    example: 'invite_link',
  })
  reason?: string;

  @ApiPropertyOptional({ description: 'Who removed the participants: business (your request) or participant (the user left).', example: 'participant' })
  initiated_by?: string;

  @ApiPropertyOptional({ description: 'Join request id (join requests).', example: 'MTIwMzYzMDI5NjU1NTEzNjYxOjE2NTA1NTUwMTIz' })
  join_request_id?: string;

  @ApiPropertyOptional({
    description: 'The user who asked to join or withdrew the request (join requests).',
    type: WhatsAppUserPayload,
    example: { wa_id: '16505550123', user_id: 'US.13491208655302741918', username: '@anatorres' },
  })
  user?: WhatsAppUserPayload;

  @ApiPropertyOptional({
    description: 'Users who joined.',
    type: [GroupParticipantPayload],
    example: [{ wa_id: '16505550123', user_id: 'US.13491208655302741918' }],
  })
  added_participants?: GroupParticipantPayload[];

  @ApiPropertyOptional({
    description: 'Users removed or who left.',
    type: [GroupParticipantPayload],
    example: [{ input: '16505550123', wa_id: '16505550123' }],
  })
  removed_participants?: GroupParticipantPayload[];

  @ApiPropertyOptional({
    description: 'Users the business could not remove, with why.',
    type: [GroupParticipantPayload],
    example: [{ input: '16505550124', wa_id: '16505550124', errors: [{ code: 131203, title: 'Participant not in group' }] }],
  })
  failed_participants?: GroupParticipantPayload[];
}

/** One setting of a group settings update and whether it was applied. */
export class GroupSettingPayload {
  @ApiPropertyOptional({ description: 'New subject or description text.', example: 'Order 8841 — delivery' })
  text?: string;

  @ApiPropertyOptional({ description: 'MIME type of the new profile picture.', example: 'image/jpeg' })
  mime_type?: string;

  @ApiPropertyOptional({ description: 'SHA-256 of the new profile picture.', example: 'f3a5d2b8c1e94a7f' })
  sha256?: string;

  @ApiPropertyOptional({ description: 'Whether this setting was applied.', example: true })
  update_successful?: boolean;

  @ApiPropertyOptional({ description: 'Why it was not applied.', type: [MetaErrorPayload], example: [{ code: 131201, title: 'Invalid group subject' }] })
  errors?: MetaErrorPayload[];
}

/** data of `group.settings_updated`. */
@ApiSchema({ description: `A group's subject, description or profile picture was updated, setting by setting (Meta's group_settings_update). ${NO_SAMPLE}` })
export class GroupSettingsUpdatedPayload extends GroupEventFields {
  @ApiPropertyOptional({
    description: 'New group subject and whether it was applied.',
    type: GroupSettingPayload,
    example: { text: 'Order 8841 — delivery', update_successful: true },
  })
  group_subject?: GroupSettingPayload;

  @ApiPropertyOptional({
    description: 'New group description and whether it was applied.',
    type: GroupSettingPayload,
    example: { text: 'Coordination of order 8841', update_successful: true },
  })
  group_description?: GroupSettingPayload;

  @ApiPropertyOptional({
    description: 'New group profile picture and whether it was applied.',
    type: GroupSettingPayload,
    example: {
      mime_type: 'image/jpeg',
      sha256: 'f3a5d2b8c1e94a7f',
      update_successful: false,
      errors: [{ code: 131202, title: 'Invalid group profile picture' }],
    },
  })
  profile_picture?: GroupSettingPayload;
}

/** data of `group.status_updated`. */
@ApiSchema({ description: `WhatsApp suspended a group or cleared its suspension (Meta's group_status_update). ${NO_SAMPLE}` })
export class GroupStatusUpdatedPayload extends GroupEventFields {
  @ApiPropertyOptional({
    description: 'True when WhatsApp suspended the group (group_suspend), false when the suspension was cleared (group_suspend_cleared).',
    example: true,
  })
  suspended?: boolean;
}
