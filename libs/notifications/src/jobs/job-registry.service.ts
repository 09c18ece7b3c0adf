import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { DiscoveryService, Reflector } from '@nestjs/core';
import { JOB_NAMES } from './job-catalogue';
import { JOB_HANDLER, JobHandler } from './job-handler';

export class JobRegistryError extends Error {
  override name = 'JobRegistryError';
}

/**
 * Maps each job name to its one handler. The worker refuses to start when a name in the
 * catalogue has no handler or several, or when a handler names an unknown job.
 */
@Injectable()
export class JobRegistry implements OnApplicationBootstrap {
  private readonly handlers = new Map<string, JobHandler>();

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly reflector: Reflector,
  ) {}

  onApplicationBootstrap(): void {
    const found = new Map<string, string[]>();
    for (const wrapper of this.discovery.getProviders()) {
      const type = wrapper.metatype;
      if (!type || typeof type !== 'function' || !wrapper.instance) continue;
      const name = this.reflector.get<string | undefined>(JOB_HANDLER, type);
      if (!name) continue;
      found.set(name, [...(found.get(name) ?? []), type.name]);
      this.handlers.set(name, wrapper.instance as JobHandler);
    }
    JobRegistry.check(JOB_NAMES, found);
  }

  /** Throws a JobRegistryError naming every job without exactly one handler. */
  static check(expected: readonly string[], found: Map<string, string[]>): void {
    const problems: string[] = [];
    for (const name of expected) {
      const handlers = found.get(name) ?? [];
      if (handlers.length === 0) problems.push(`job "${name}" has no handler`);
      if (handlers.length > 1)
        problems.push(`job "${name}" has ${handlers.length} handlers: ${handlers.join(', ')}`);
    }
    for (const [name, handlers] of found) {
      if (!expected.includes(name))
        problems.push(`handler ${handlers.join(', ')} names unknown job "${name}"`);
    }
    if (problems.length > 0) {
      throw new JobRegistryError(`The worker cannot start: ${problems.join('; ')}.`);
    }
  }

  handlerFor(name: string): JobHandler | undefined {
    return this.handlers.get(name);
  }
}
