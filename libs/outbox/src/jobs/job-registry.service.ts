import { Injectable, OnModuleInit } from '@nestjs/common';
import { DiscoveryService, Reflector } from '@nestjs/core';
import { providersMarked } from '@quorum/core';
import { JOB_NAMES } from './job-catalogue';
import { JOB_HANDLER, JobHandler } from './job-handler';

export class JobRegistryError extends Error {
  override name = 'JobRegistryError';
}

/**
 * Maps each job name to its one handler. When a name in the catalogue has no handler or several,
 * or a handler names an unknown job, `problem` says so: no job is consumed, and the worker
 * refuses to start (createWorkerApp) with that message.
 */
@Injectable()
export class JobRegistry implements OnModuleInit {
  private readonly handlers = new Map<string, JobHandler>();
  problem?: JobRegistryError;

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly reflector: Reflector,
  ) {}

  onModuleInit(): void {
    const found = new Map<string, string[]>();
    for (const { mark: names, instance, className } of providersMarked<string[], JobHandler>(
      this.discovery,
      this.reflector,
      JOB_HANDLER,
    )) {
      for (const name of names) {
        found.set(name, [...(found.get(name) ?? []), className]);
        this.handlers.set(name, instance);
      }
    }
    try {
      JobRegistry.check(JOB_NAMES, found);
    } catch (error) {
      if (!(error instanceof JobRegistryError)) throw error;
      this.problem = error;
    }
  }

  /** Throws a JobRegistryError naming every job without exactly one handler. */
  static check(expected: readonly string[], found: Map<string, string[]>): void {
    const problems: string[] = [];
    for (const name of expected) {
      const handlers = [...(found.get(name) ?? [])].sort();
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
