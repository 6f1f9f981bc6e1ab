import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { DeliveryJob } from '@app/messaging';
import { DELIVERY_JOB_PATTERN, EndpointQueueContext } from '../transport/endpoint-queue.context';
import { DeliveryOutcome } from './delivery-outcome';
import { DeliveryPipeline } from './delivery-pipeline.service';

/** Every job consumed from an endpoint queue. */
@Controller()
export class DeliveryController {
  constructor(private readonly pipeline: DeliveryPipeline) {}

  @EventPattern(DELIVERY_JOB_PATTERN)
  deliver(@Payload() job: DeliveryJob, @Ctx() ctx: EndpointQueueContext): Promise<DeliveryOutcome> {
    return this.pipeline.process(job, ctx.getEndpoint());
  }
}
