import { Api } from './api';
import { parseCatalog } from './catalog';
import type { EventType } from './types';

/** What every view gets: the API with the session's key and the event catalog (fetched once). */
export class AppContext {
  private catalogPromise: Promise<EventType[]> | null = null;

  constructor(readonly api: Api) {}

  catalog(): Promise<EventType[]> {
    this.catalogPromise ??= this.api.get<unknown>('/v1/event-types').then(parseCatalog);
    this.catalogPromise.catch(() => (this.catalogPromise = null));
    return this.catalogPromise;
  }

  navigate(hash: string): void {
    if (location.hash === hash) window.dispatchEvent(new HashChangeEvent('hashchange'));
    else location.hash = hash;
  }
}
