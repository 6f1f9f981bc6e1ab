import { requireString, singleChangeTranslator, str } from './translator-helpers';

export const PARTNER_SOLUTIONS_FIELD = 'partner_solutions';

/**
 * partner_solutions → partner_solution.updated (Multi-Partner Solution status change). entry.id is a
 * business portfolio, not a WABA: the event is routed by the portfolio.
 */
export const PARTNER_SOLUTIONS_TRANSLATOR = singleChangeTranslator(
  PARTNER_SOLUTIONS_FIELD,
  'partner_solution.updated',
  (value) => ({
    event: str(value.event),
    solution_id: requireString(PARTNER_SOLUTIONS_FIELD, value, 'solution_id'),
    solution_status: str(value.solution_status),
  }),
  { locate: (_value, ctx) => ({ route: { businessId: ctx.wabaId } }) },
);
