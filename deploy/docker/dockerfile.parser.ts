/** One instruction of a Dockerfile: its keyword, its flags (`--from=build`) and its arguments. */
export interface DockerInstruction {
  op: string;
  flags: Record<string, string>;
  args: string[];
  /** The instruction's text after the keyword and flags, as written (for RUN). */
  raw: string;
}

export interface DockerStage {
  index: number;
  name: string | null;
  from: string;
  instructions: DockerInstruction[];
}

/**
 * Reads a Dockerfile into its stages: comments dropped, backslash continuations joined, JSON (exec)
 * form and shell form arguments both understood. Enough for the instructions this project's
 * Dockerfile uses; an instruction it does not know is kept and left to the caller to refuse.
 */
export function parseDockerfile(text: string): DockerStage[] {
  const lines = text
    .replace(/\\\r?\n/g, ' ')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
  const stages: DockerStage[] = [];
  for (const line of lines) {
    const [, keyword, rest = ''] = /^(\S+)\s*(.*)$/.exec(line)!;
    const op = keyword.toUpperCase();
    if (op === 'FROM') {
      const [image, as, name] = rest.split(/\s+/);
      stages.push({ index: stages.length, name: as?.toUpperCase() === 'AS' ? name : null, from: image, instructions: [] });
      continue;
    }
    if (!stages.length) throw new Error(`Dockerfile: ${op} before the first FROM`);
    const flags: Record<string, string> = {};
    let raw = rest;
    for (let m = /^--([a-z-]+)=(\S+)\s*/.exec(raw); m; m = /^--([a-z-]+)=(\S+)\s*/.exec(raw)) {
      flags[m[1]] = m[2];
      raw = raw.slice(m[0].length);
    }
    const args = raw.startsWith('[') ? (JSON.parse(raw) as string[]) : raw.split(/\s+/).filter(Boolean);
    stages[stages.length - 1].instructions.push({ op, flags, args, raw });
  }
  return stages;
}

/** The ENV of a stage as key/value pairs (`ENV A=1 B=2` and the legacy `ENV A 1`). */
export function stageEnv(stage: DockerStage): Record<string, string> {
  const env: Record<string, string> = {};
  for (const i of stage.instructions.filter((x) => x.op === 'ENV')) {
    if (i.args.length === 2 && !i.args[0].includes('=')) env[i.args[0]] = i.args[1];
    else for (const a of i.args) env[a.slice(0, a.indexOf('='))] = a.slice(a.indexOf('=') + 1);
  }
  return env;
}

/** The last value of a single-valued instruction (WORKDIR, USER, CMD) in a stage, or null. */
export function lastOf(stage: DockerStage, op: string): DockerInstruction | null {
  return stage.instructions.filter((i) => i.op === op).pop() ?? null;
}
