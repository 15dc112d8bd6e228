import { Injectable } from '@nestjs/common';
import { TtlCache } from '../common/ttl-cache';

/** Public answers are shared for this long: a burst of identical reads costs one query. */
export const PUBLIC_CACHE_MS = 2000;

/**
 * Recent public answers (competitions, rankings pages, unit tables). Publishing clears it in this process; other API
 * processes see a new publication within PUBLIC_CACHE_MS.
 */
@Injectable()
export class PublicResultsCache extends TtlCache<unknown> {
  constructor() {
    super(PUBLIC_CACHE_MS);
  }
}
