import { InitialSchema1764100000000 } from './1764100000000-initial-schema';

/** Every migration, in order. Listed explicitly so bundled builds need no file globbing. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const MIGRATIONS: Function[] = [InitialSchema1764100000000];
