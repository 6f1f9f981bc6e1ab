import { createTestEnvironment, TestEnvironment } from '../../test/support/test-environment';
import { Row } from './report';

/** What every scenario gets from bench/run.ts. */
export interface BenchContext {
  /** Shorter stages (--quick). */
  quick: boolean;
  /** Node exec arguments for the ingest and dispatcher children (e.g. --cpu-prof with --profile). */
  execArgv: string[];
  log(message: string): void;
}

export interface Scenario {
  name: string;
  description: string;
  run(ctx: BenchContext): Promise<Row[]>;
}

/** The apps' log level in every scenario: warn unless BENCH_LOG_LEVEL says otherwise (to measure logging's cost). */
const LOG_LEVEL = process.env.BENCH_LOG_LEVEL ?? 'warn';

/** A database and RabbitMQ vhost of the scenario's own, always removed afterwards. */
export async function withEnvironment<T>(overrides: Record<string, string>, fn: (env: TestEnvironment) => Promise<T>): Promise<T> {
  const env = await createTestEnvironment({ LOG_LEVEL, ...overrides });
  try {
    return await fn(env);
  } finally {
    await env.cleanup();
  }
}
