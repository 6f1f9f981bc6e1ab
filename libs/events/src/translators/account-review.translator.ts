import { singleChangeTranslator, str } from './translator-helpers';

export const ACCOUNT_REVIEW_FIELD = 'account_review_update';

/** account_review_update → account.review_updated (WABA policy review decision). */
export const ACCOUNT_REVIEW_TRANSLATOR = singleChangeTranslator(ACCOUNT_REVIEW_FIELD, 'account.review_updated', (value) => ({ decision: str(value.decision) }));
