import { Type } from '@nestjs/common';
import { EventTypeName } from './event-type-name';

/** Groups shown on the settings page and in the docs. */
export const EVENT_CATEGORIES = ['messages', 'group', 'templates', 'phone_number', 'account', 'ads', 'operational', 'other'] as const;
export type EventCategory = (typeof EVENT_CATEGORIES)[number];

export const EVENT_CATEGORY_LABELS: Record<EventCategory, string> = {
  messages: 'Messages',
  group: 'Groups',
  templates: 'Templates',
  phone_number: 'Phone number',
  account: 'Account',
  ads: 'Ads',
  operational: 'Operational',
  other: 'Other Meta changes',
};

/** One entry of the event catalog: the single source for the API, the docs and the settings page. */
export interface EventTypeDefinition {
  type: EventTypeName;
  category: EventCategory;
  /** One or two sentences a customer reads when choosing what to subscribe to. */
  description: string;
  /** Meta's change field this type comes from; null for events this service emits itself. */
  metaField: string | null;
  /** Class documenting `data` with @ApiProperty (rendered into the OpenAPI document). */
  payload: Type<unknown>;
  /** A realistic `data` value of this type. */
  example: Record<string, unknown>;
}
