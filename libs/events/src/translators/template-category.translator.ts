import { singleChangeTranslator, str, templateIdentity, unixToIso } from './translator-helpers';

export const TEMPLATE_CATEGORY_FIELD = 'template_category_update';

/**
 * template_category_update → template.category_updated. Two variants: a completed change
 * (previous_category + new_category) and an impending one (correct_category + the time it applies).
 */
export const TEMPLATE_CATEGORY_TRANSLATOR = singleChangeTranslator(TEMPLATE_CATEGORY_FIELD, 'template.category_updated', (value) => ({
  ...templateIdentity(TEMPLATE_CATEGORY_FIELD, value),
  previous_category: str(value.previous_category),
  new_category: str(value.new_category),
  correct_category: str(value.correct_category),
  category_update_timestamp: unixToIso(value.category_update_timestamp),
  impending: value.correct_category !== undefined ? true : undefined,
}));
