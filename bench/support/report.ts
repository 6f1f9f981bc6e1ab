/** One line of the benchmark table. */
export interface Row {
  scenario: string;
  measure: string;
  /** The figure of wa-webhooks (formatted). */
  value: string;
  /** The raw limit (or the baseline) measured on the same machine in the same run, or '—'. */
  raw: string;
  /** value / raw where both are rates, as "62 %"; else ''. */
  ratio?: string;
  target?: string;
  note?: string;
}

export interface Machine {
  lines: [string, string][];
}

export function ratio(value: number, raw: number): string {
  return Number.isFinite(value) && Number.isFinite(raw) && raw > 0 ? `${Math.round((value / raw) * 100)} %` : '';
}

const HEADERS = ['Scenario', 'Measure', 'wa-webhooks', 'Raw limit / baseline', 'Ratio', 'Target', 'Notes'];

function cells(r: Row): string[] {
  return [r.scenario, r.measure, r.value, r.raw, r.ratio ?? '', r.target ?? '', r.note ?? ''];
}

export function textTable(rows: Row[]): string {
  const all = [HEADERS, ...rows.map(cells)];
  const widths = HEADERS.map((_, i) => Math.max(...all.map((c) => c[i].length)));
  const line = (c: string[]) =>
    c
      .map((v, i) => v.padEnd(widths[i]))
      .join(' │ ')
      .trimEnd();
  const sep = widths.map((w) => '─'.repeat(w)).join('─┼─');
  return [line(HEADERS), sep, ...rows.map((r) => line(cells(r)))].join('\n');
}

export function markdown(machine: Machine, rows: Row[], title: string): string {
  const esc = (s: string) => s.replace(/\|/g, '\\|');
  return [
    `# ${title}`,
    '',
    ...machine.lines.map(([k, v]) => `- **${k}**: ${esc(v)}`),
    '',
    `| ${HEADERS.join(' | ')} |`,
    `|${HEADERS.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${cells(r).map(esc).join(' | ')} |`),
    '',
  ].join('\n');
}
