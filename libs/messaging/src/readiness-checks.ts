import { Injectable } from '@nestjs/common';

/** A condition an app adds to its `/health/ready` beside PostgreSQL and RabbitMQ. */
export interface ReadinessCheck {
  /** Its key in the health body. */
  key: string;
  /** Why the app is not ready, or null when it is. */
  problem(): string | null;
}

/** The app's own readiness conditions (the dispatcher: its membership heartbeat), read on every `/health/ready`. */
@Injectable()
export class ReadinessChecks {
  private readonly checks: ReadinessCheck[] = [];

  add(check: ReadinessCheck): void {
    this.checks.push(check);
  }

  get all(): readonly ReadinessCheck[] {
    return this.checks;
  }
}
