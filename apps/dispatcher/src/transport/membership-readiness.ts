import { Injectable, OnModuleInit } from '@nestjs/common';
import { ReadinessChecks } from '@app/messaging';
import { ReplicaMembership } from './replica-membership.service';

/** `/health/ready` fails while this replica's membership heartbeat is not current (the others count it dead). */
@Injectable()
export class MembershipReadiness implements OnModuleInit {
  constructor(
    private readonly checks: ReadinessChecks,
    private readonly membership: ReplicaMembership,
  ) {}

  onModuleInit(): void {
    this.checks.add({ key: 'membership', problem: () => this.membership.heartbeatProblem() });
  }
}
