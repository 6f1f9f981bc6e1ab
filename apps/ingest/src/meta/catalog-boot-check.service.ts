import { Injectable, OnModuleInit } from '@nestjs/common';
import { assertCatalogConsistent, EVENT_CATALOG, META_TRANSLATORS } from '@app/events';

/** Refuses to start when a translator produces a type missing from the catalog, or a type has no example. */
@Injectable()
export class CatalogBootCheck implements OnModuleInit {
  onModuleInit(): void {
    assertCatalogConsistent(EVENT_CATALOG, META_TRANSLATORS);
  }
}
