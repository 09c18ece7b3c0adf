import { Injectable } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import {
  RESOLVER_NAME_METADATA,
  RESOLVER_PROPERTY_METADATA,
  RESOLVER_TYPE_METADATA,
} from '@nestjs/graphql';
import {
  defaultFieldResolver,
  GraphQLFieldResolver,
  GraphQLSchema,
  isInterfaceType,
  isObjectType,
} from 'graphql';
import { POLICIES } from './allow.decorator';
import { AuthorizationGuard } from './authorization.guard';
import type { RequestWithActor } from './current-actor.decorator';
import { Anyone, Policy } from './policy';

/** A field resolver of a Nest resolver class, as Nest's own explorer finds it. */
export interface FieldResolverRule {
  type: string;
  field: string;
  /** `Class.method`, for the log of a refusal. */
  handler: string;
  /** Its @Allow rules (the method's, else its class's), undefined when it declares none. */
  policies: readonly Policy[] | undefined;
}

/**
 * Authorises field resolvers in the schema itself, instead of Nest's `fieldResolverEnhancers:
 * ['guards']`: that ran the global guard through Nest's per-call machinery (an execution context,
 * the guards consumer, their awaits) for every field resolver of every object of a list, ~28 µs
 * each, 20 per list page and per field. The rules are read once here, at schema build:
 *
 * - a field whose first rule is `Anyone` always passes (the guard would answer true without
 *   looking further, whatever the caller): it is left as Nest built it;
 * - every other field resolver, one without a rule included, is wrapped in the guard's own check
 *   (`AuthorizationGuard.authorize`, the same policies, the same refusals, the field's arguments)
 *   before its resolver runs.
 *
 * Fails closed: a field resolver that cannot be found in the schema stops the API at start.
 */
@Injectable()
export class FieldAuthorization {
  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
    private readonly guard: AuthorizationGuard,
  ) {}

  /** Every @ResolveField of the app's resolvers, read as Nest's ResolversExplorerService does. */
  rules(): FieldResolverRule[] {
    const rules: FieldResolverRule[] = [];
    for (const wrapper of this.discovery.getProviders()) {
      const instance: unknown = wrapper.instance;
      if (!instance || typeof instance !== 'object') continue;
      const prototype = Object.getPrototypeOf(instance) as Record<string, unknown> | null;
      if (!prototype) continue;
      const type = instance.constructor;
      for (const methodName of this.scanner.getAllMethodNames(prototype)) {
        const method = prototype[methodName];
        if (typeof method !== 'function') continue;
        if (!Reflect.getMetadata(RESOLVER_PROPERTY_METADATA, method)) continue;
        const typeName = (Reflect.getMetadata(RESOLVER_TYPE_METADATA, method) ??
          Reflect.getMetadata(RESOLVER_TYPE_METADATA, type)) as unknown;
        const fieldName = (Reflect.getMetadata(RESOLVER_NAME_METADATA, method) ??
          methodName) as unknown;
        if (typeof typeName !== 'string' || typeof fieldName !== 'string') {
          throw new Error(
            `${type.name}.${methodName}: a field resolver whose type cannot be read, not authorised`,
          );
        }
        rules.push({
          type: typeName,
          field: fieldName,
          handler: `${type.name}.${methodName}`,
          policies: this.reflector.getAllAndOverride<Policy[] | undefined>(POLICIES, [
            method,
            type,
          ]),
        });
      }
    }
    return rules;
  }

  /** The schema with its restricted field resolvers wrapped in the guard's check (in place). */
  secure(schema: GraphQLSchema): GraphQLSchema {
    for (const rule of this.rules()) {
      const type = schema.getType(rule.type);
      const field =
        type && (isObjectType(type) || isInterfaceType(type))
          ? type.getFields()[rule.field]
          : undefined;
      if (!field) {
        throw new Error(
          `${rule.handler} resolves ${rule.type}.${rule.field}, not in the schema: not authorised`,
        );
      }
      if (rule.policies?.[0] === Anyone) continue;
      const resolve = field.resolve;
      field.resolve = this.guarded(resolve ?? defaultFieldResolver, rule);
      // An interface's resolver copied to the types that implement it (Nest's
      // inheritResolversFromInterfaces) is what runs for them: the copies are guarded too.
      if (type && isInterfaceType(type) && resolve) {
        for (const implementation of schema.getPossibleTypes(type)) {
          const own = implementation.getFields()[rule.field];
          if (own?.resolve === resolve) own.resolve = field.resolve;
        }
      }
    }
    return schema;
  }

  private guarded(
    resolve: GraphQLFieldResolver<unknown, { req: RequestWithActor }>,
    rule: FieldResolverRule,
  ): GraphQLFieldResolver<unknown, { req: RequestWithActor }> {
    const handlerName = () => rule.handler;
    return async (source, args: Record<string, unknown>, context, info) => {
      await this.guard.authorize(rule.policies, context.req, () => args, handlerName);
      return resolve(source, args, context, info) as unknown;
    };
  }
}
