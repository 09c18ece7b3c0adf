import { DiscoveryService, Reflector } from '@nestjs/core';

export interface MarkedProvider<M, I> {
  /** The metadata the provider's class was marked with. */
  mark: M;
  instance: I;
  className: string;
}

/**
 * The providers of the application whose class carries `key` metadata (set by a decorator such as
 * @HandlesJob or @RunsEvery), with their instance: how libs register handlers without a list.
 */
export function providersMarked<M, I>(
  discovery: DiscoveryService,
  reflector: Reflector,
  key: symbol,
): MarkedProvider<M, I>[] {
  const found: MarkedProvider<M, I>[] = [];
  for (const wrapper of discovery.getProviders()) {
    const type = wrapper.metatype;
    if (!type || typeof type !== 'function' || !wrapper.instance) continue;
    const mark = reflector.get<M | undefined>(key, type);
    if (mark !== undefined)
      found.push({ mark, instance: wrapper.instance as I, className: type.name });
  }
  return found;
}
