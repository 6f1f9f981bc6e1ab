import { singleChangeTranslator, str, templateIdentity } from './translator-helpers';

export const TEMPLATE_QUALITY_FIELD = 'message_template_quality_update';

/** message_template_quality_update → template.quality_updated (GREEN / YELLOW / RED / UNKNOWN). */
export const TEMPLATE_QUALITY_TRANSLATOR = singleChangeTranslator(TEMPLATE_QUALITY_FIELD, 'template.quality_updated', (value) => ({
  ...templateIdentity(TEMPLATE_QUALITY_FIELD, value),
  previous_quality_score: str(value.previous_quality_score),
  new_quality_score: str(value.new_quality_score),
}));
