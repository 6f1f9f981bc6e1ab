import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** Identity fields every template event carries. */
export class TemplateIdentityFields {
  @ApiProperty({ description: 'Template id (message_template_id).', example: '1437190053021874' })
  template_id: string;

  @ApiPropertyOptional({ description: 'Template name.', example: 'order_shipped' })
  template_name?: string;

  @ApiPropertyOptional({ description: 'Template language and locale.', example: 'en_US' })
  language?: string;
}

export class TemplateOtherInfoPayload {
  @ApiPropertyOptional({ description: 'FIRST_PAUSE, SECOND_PAUSE, RATE_LIMITING_PAUSE, UNPAUSE, ...', example: 'FIRST_PAUSE' })
  title?: string;

  @ApiPropertyOptional({ description: "Meta's explanation.", example: 'Your WhatsApp message template has been paused for 3 hours.' })
  description?: string;
}

export class TemplateRejectionInfoPayload {
  @ApiPropertyOptional({ description: 'What is wrong with the template.', example: 'Parameters placed next to each other.' })
  reason?: string;

  @ApiPropertyOptional({ description: 'How to fix it.', example: 'Separate parameters with text.' })
  recommendation?: string;
}

/** data of `template.status_updated`. */
export class TemplateStatusUpdatedPayload extends TemplateIdentityFields {
  @ApiPropertyOptional({
    description: "New status (Meta's event): APPROVED, REJECTED, PENDING, PAUSED, DISABLED, FLAGGED, REINSTATED, IN_APPEAL, PENDING_DELETION, ...",
    example: 'APPROVED',
  })
  status?: string;

  @ApiPropertyOptional({
    description:
      "Meta's reason code: NONE (approvals, pauses...), ABUSIVE_CONTENT, INCORRECT_CATEGORY, INVALID_FORMAT, PROMOTIONAL, SCAM, TAG_CONTENT_MISMATCH, ...; absent when Meta sends none (a template scheduled for deletion).",
    example: 'NONE',
  })
  reason?: string;

  @ApiPropertyOptional({ description: 'Template category.', example: 'UTILITY' })
  category?: string;

  @ApiPropertyOptional({
    description: 'Pause / unpause details.',
    type: TemplateOtherInfoPayload,
    example: { title: 'FIRST_PAUSE', description: 'Your WhatsApp message template has been paused for 3 hours.' },
  })
  other_info?: TemplateOtherInfoPayload;

  @ApiPropertyOptional({
    description: 'Rejection details (INVALID_FORMAT rejections).',
    type: TemplateRejectionInfoPayload,
    example: { reason: 'Parameters placed next to each other.', recommendation: 'Separate parameters with text.' },
  })
  rejection_info?: TemplateRejectionInfoPayload;

  @ApiPropertyOptional({
    description: 'When the template is or will be disabled: ISO-8601 when Meta sends Unix seconds, else its text as sent.',
    example: '2026-05-18T00:00:00Z',
  })
  disable_date?: string;
}

/** data of `template.quality_updated`. */
export class TemplateQualityUpdatedPayload extends TemplateIdentityFields {
  @ApiPropertyOptional({ description: 'Previous quality: GREEN, YELLOW, RED, UNKNOWN.', example: 'GREEN' })
  previous_quality_score?: string;

  @ApiPropertyOptional({ description: 'New quality: GREEN, YELLOW, RED, UNKNOWN.', example: 'YELLOW' })
  new_quality_score?: string;
}

/** data of `template.category_updated`. */
export class TemplateCategoryUpdatedPayload extends TemplateIdentityFields {
  @ApiPropertyOptional({ description: 'Previous category (completed change).', example: 'UTILITY' })
  previous_category?: string;

  @ApiPropertyOptional({ description: 'New category (completed change) or current category (impending change).', example: 'MARKETING' })
  new_category?: string;

  @ApiPropertyOptional({ description: 'Category the template will get (impending change).', example: 'MARKETING' })
  correct_category?: string;

  @ApiPropertyOptional({ description: 'When the impending change applies (ISO-8601).', example: '2026-05-13T08:00:00Z', format: 'date-time' })
  category_update_timestamp?: string;

  @ApiPropertyOptional({ description: 'True for a notice of a change that will happen in 24 hours.', example: true })
  impending?: boolean;
}

export class TemplateButtonPayload {
  @ApiPropertyOptional({ description: 'Button type: URL, PHONE_NUMBER, QUICK_REPLY, COPY_CODE, FLOW, OTP, CATALOG, MPM, VOICE_CALL, ...', example: 'URL' })
  type?: string;

  @ApiPropertyOptional({ description: 'Button label.', example: 'Track order' })
  text?: string;

  @ApiPropertyOptional({ description: 'URL of a URL button.', example: 'https://example.com/track/{{1}}' })
  url?: string;

  @ApiPropertyOptional({ description: 'Phone number of a call button.', example: '+15550100001' })
  phone_number?: string;
}

/** data of `template.components_updated`: a template was edited. */
export class TemplateComponentsUpdatedPayload extends TemplateIdentityFields {
  @ApiPropertyOptional({ description: "Body text (Meta's message_template_element).", example: 'Hi {{1}}, your order {{2}} has shipped.' })
  body?: string;

  @ApiPropertyOptional({ description: "Text header (Meta's message_template_title).", example: 'Order update' })
  header?: string;

  @ApiPropertyOptional({ description: 'Footer text.', example: 'Example Shoes' })
  footer?: string;

  @ApiPropertyOptional({
    description: 'Buttons, with their URL or phone number when they have one.',
    type: [TemplateButtonPayload],
    example: [{ type: 'URL', text: 'Track order', url: 'https://example.com/track/{{1}}' }],
  })
  buttons?: TemplateButtonPayload[];
}
