import { EVENT_CATALOG } from '../catalog/event-catalog';
import { redactData, RedactionTrace } from './envelope-shaping';
import { payloadSkeleton } from './payload-skeleton';
import { REDACTION_CLASSES, REDACTION_CLASS_LABELS } from './payload-options';

const TABLE_KEY = Buffer.alloc(32);

/**
 * The README's table of what each redaction class covers per event type, computed by redacting every
 * field the type's payload class documents, its catalog example and any extra samples, so the
 * documentation cannot drift from the rules or the payload classes.
 */
export function redactionTable(extraSamples: Readonly<Record<string, readonly Record<string, unknown>[]>> = {}): string {
  const header = ['| event type | ' + REDACTION_CLASSES.map((c) => REDACTION_CLASS_LABELS[c] + ` (\`${c}\`)`).join(' | ') + ' |'];
  header.push('|---|' + REDACTION_CLASSES.map(() => '---|').join(''));
  const rows = EVENT_CATALOG.map((def) => {
    const cells = REDACTION_CLASSES.map((cls) => {
      const trace: RedactionTrace = new Map();
      for (const sample of [payloadSkeleton(def.payload), def.example, ...(extraSamples[def.type] ?? [])])
        redactData(def.type, sample, [cls], TABLE_KEY, trace);
      const paths = [...new Set([...trace.values()].map((t) => `\`${t.path}\`${t.kind === 'remove' ? ' ✕' : ''}`))].sort();
      return paths.length ? paths.join(', ') : '—';
    });
    return `| \`${def.type}\` | ${cells.join(' | ')} |`;
  });
  return [...header, ...rows].join('\n');
}
