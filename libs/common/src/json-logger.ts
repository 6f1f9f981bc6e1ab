import { LoggerService } from '@nestjs/common';
import pino, { Logger } from 'pino';

/** The pino instance of the process's JsonLogger (one per app), for cheap level checks. */
let active: Logger | null = null;

/** Nest logger writing one JSON line per entry (pino), with the app name and context on every line. */
export class JsonLogger implements LoggerService {
  readonly pino: Logger;

  constructor(app: string, level = 'info') {
    this.pino = pino({ level, base: { app }, timestamp: pino.stdTimeFunctions.isoTime });
    active = this.pino;
  }

  /**
   * Whether the app's JSON logger writes `level`: guard per-event lines (`debug`) with it, so the hot
   * path builds no log objects at the default `info` level. False when no JsonLogger runs (unit tests).
   */
  static isLevelEnabled(level: pino.Level): boolean {
    return active?.isLevelEnabled(level) ?? false;
  }

  private write(level: 'info' | 'error' | 'warn' | 'debug' | 'trace', message: unknown, params: unknown[]): void {
    const context = typeof params[params.length - 1] === 'string' ? (params[params.length - 1] as string) : undefined;
    if (message && typeof message === 'object' && !(message instanceof Error)) {
      this.pino[level]({ context, ...(message as object) });
    } else if (level === 'error' && params.length > 1 && typeof params[0] === 'string') {
      this.pino.error({ context, stack: params[0] }, String(message));
    } else {
      this.pino[level]({ context }, message instanceof Error ? message.message : String(message));
    }
  }

  log(message: unknown, ...params: unknown[]) {
    this.write('info', message, params);
  }
  error(message: unknown, ...params: unknown[]) {
    this.write('error', message, params);
  }
  warn(message: unknown, ...params: unknown[]) {
    this.write('warn', message, params);
  }
  debug(message: unknown, ...params: unknown[]) {
    this.write('debug', message, params);
  }
  verbose(message: unknown, ...params: unknown[]) {
    this.write('trace', message, params);
  }
  fatal(message: unknown, ...params: unknown[]) {
    this.pino.fatal({ context: params[params.length - 1] }, String(message));
  }
}
