import { BaseRpcContext } from '@nestjs/microservices';
import { WebhookEndpointEntity } from '@app/persistence';

/** The pattern every delivery job is dispatched under. */
export const DELIVERY_JOB_PATTERN = 'delivery.job';

/** One consumed endpoint queue, as this replica knows its endpoint now (updated in place). */
export interface EndpointTarget {
  id: string;
  queue: string;
  /** null once the endpoint is deleted: messages still arriving are recorded as not delivered. */
  endpoint: WebhookEndpointEntity | null;
}

/** What a delivery handler gets besides the job: the endpoint queue it came from. */
export class EndpointQueueContext extends BaseRpcContext<[EndpointTarget]> {
  /** The endpoint as known at this moment (a disable or delete seen by this replica shows at once). */
  getEndpoint(): WebhookEndpointEntity | null {
    return this.args[0].endpoint;
  }

  getQueue(): string {
    return this.args[0].queue;
  }
}
