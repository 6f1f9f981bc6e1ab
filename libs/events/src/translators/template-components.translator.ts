import { compact, recordsOf, singleChangeTranslator, str, templateIdentity } from './translator-helpers';

export const TEMPLATE_COMPONENTS_FIELD = 'message_template_components_update';

/** message_template_components_update → template.components_updated (a template was edited). */
export const TEMPLATE_COMPONENTS_TRANSLATOR = singleChangeTranslator(TEMPLATE_COMPONENTS_FIELD, 'template.components_updated', (value) => {
  const buttons = recordsOf(value.message_template_buttons).map((button) =>
    compact({
      type: str(button.message_template_button_type),
      text: str(button.message_template_button_text),
      url: str(button.message_template_button_url),
      phone_number: str(button.message_template_button_phone_number),
    }),
  );
  return {
    ...templateIdentity(TEMPLATE_COMPONENTS_FIELD, value),
    body: str(value.message_template_element),
    header: str(value.message_template_title),
    footer: str(value.message_template_footer),
    buttons: buttons.length > 0 ? buttons : undefined,
  };
});
