import { AsyncLocalStorage } from 'node:async_hooks';
import { Locale } from '../errors/localized-text';

export interface RequestContext {
  requestId: string;
  locale: Locale;
}

const storage = new AsyncLocalStorage<RequestContext>();

/** Runs `fn` with a request context visible to everything it calls (logs, error messages). */
export function runWithRequestContext<T>(context: RequestContext, fn: () => T): T {
  return storage.run(context, fn);
}

export function currentRequestContext(): RequestContext | undefined {
  return storage.getStore();
}

export function currentLocale(): Locale {
  return storage.getStore()?.locale ?? 'fr';
}
