import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module, ModuleMetadata } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { GraphQLModule, GraphQLWsSubscriptionsConfig } from '@nestjs/graphql';
import { AppConfig, Clock, ConfigModule, LoggerModule } from '@quorum/core';
import type {
  ExecutionResult,
  FormattedExecutionResult,
  GraphQLError,
  GraphQLSchema,
} from 'graphql';
import { AssociationsModule } from '@quorum/associations';
import { CouncilsModule } from '@quorum/councils';
import { DbModule, TransactionService } from '@quorum/db';
import { AuthorizationGuard, FieldAuthorization, IdentityModule } from '@quorum/identity';
import { AgendaPlacementModule, MeetingsModule } from '@quorum/meetings';
import { NotificationsModule } from '@quorum/notifications';
import { PlacesModule } from '@quorum/places';
import { ProposalsModule } from '@quorum/proposals';
import { TransparencyModule } from '@quorum/transparency';
import { WorksModule } from '@quorum/works';
import { graphqlArmor, QUERY_LIMITS } from './graphql/armor';
import { errorFormatter } from './graphql/format-error';
import { costGuard } from './graphql/query-cost';
import { publicReadCache } from './graphql/public-read-cache';
import { requestLimits } from './graphql/request-limits';
import { textGuard } from './graphql/text-guard';
import { webSocketGuard } from './graphql/ws-guard';
import { ServerInfoResolver } from './graphql/server-info.resolver';
import { HealthModule } from './health/health.module';
import { TransparencyApiModule } from './transparency/transparency-api.module';
import { OpenDataHttpModule } from './transparency/open-data-http.module';
import { ApiExceptionFilter } from './http/api-exception.filter';

/** When a bearer token expires (ms), read from its claims; its signature is the guard's concern. */
function expiryOf(authorization: unknown): number {
  const payload = typeof authorization === 'string' ? authorization.split('.')[1] : undefined;
  try {
    const exp = payload
      ? (JSON.parse(Buffer.from(payload, 'base64url').toString()) as { exp?: unknown }).exp
      : 0;
    return typeof exp === 'number' ? exp * 1000 : 0;
  } catch {
    return 0;
  }
}

/** GraphQL options: code-first, hardened (SPEC §8), errors through formatError only. */
export function graphqlOptions(
  config: AppConfig,
  fields: FieldAuthorization,
  database: TransactionService,
): ApolloDriverConfig {
  const armor = graphqlArmor(config.isProduction);
  const formatError = errorFormatter(config.isProduction);
  // The secured schema, for the WebSocket's own checks (graphql-ws runs without Apollo's).
  let secured: GraphQLSchema | undefined;
  const schema = () => {
    if (!secured) throw new Error('The GraphQL schema is not built yet');
    return secured;
  };
  return {
    autoSchemaFile: true,
    sortSchema: true,
    path: '/graphql',
    playground: false,
    introspection: !config.isProduction,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    parseOptions: { maxTokens: QUERY_LIMITS.maxTokens },
    // No cache hints: every answer depends on the caller, and Apollo's cache-control plugin, on by
    // default, wrapped every field's resolver to collect them (a listing resolves ~250 fields).
    plugins: [
      ApolloServerPluginCacheControlDisabled(),
      requestLimits,
      textGuard,
      costGuard,
      ...armor.plugins,
      // Last: after every check of the request (they run in didResolveOperation).
      publicReadCache(database, config.PUBLIC_READ_CACHE_MB * 1024 * 1024),
    ],
    // @Allow rules apply to field resolvers too (SPEC §1: every field is authorized), checked in
    // the schema (FieldAuthorization) rather than by Nest's `fieldResolverEnhancers: ['guards']`.
    transformSchema: (built) => (secured = fields.secure(built)),
    validationRules: armor.validationRules,
    formatError,
    // Live notifications over graphql-ws; the bearer token comes in the connection parameters.
    // graphql-ws does not run Apollo's formatError: the same mapping applies here.
    subscriptions: {
      'graphql-ws': {
        path: '/graphql',
        onSubscribe: webSocketGuard(schema, armor.validationRules, config.isProduction),
        onError: (_ctx: unknown, _id: string, _payload: unknown, errors: readonly GraphQLError[]) =>
          // A refusal before the stream starts carries no path: unwrap it here.
          errors.map((error) => formatError(error.toJSON(), error.originalError ?? error)),
        onNext: (
          _ctx: unknown,
          _id: string,
          _payload: unknown,
          _args: unknown,
          result: ExecutionResult,
        ): FormattedExecutionResult | void =>
          result.errors
            ? {
                ...result,
                errors: result.errors.map((error) => formatError(error.toJSON(), error)),
              }
            : undefined,
      } as GraphQLWsSubscriptionsConfig,
    },
    context: (ctx: {
      req?: unknown;
      res?: unknown;
      connectionParams?: Record<string, unknown>;
      extra?: { request?: { socket?: { remoteAddress?: string } } };
    }) =>
      ctx.req
        ? { req: ctx.req, res: ctx.res }
        : {
            req: {
              headers: { authorization: ctx.connectionParams?.authorization as string | undefined },
              ip: ctx.extra?.request?.socket?.remoteAddress,
              // Live pushes stop when the access token expires (the guard checked it at subscribe).
              tokenExpiresAt: expiryOf(ctx.connectionParams?.authorization),
            },
          },
  };
}

@Module({})
export class AppModule {
  /** The API: pass a config (and extra modules) in tests, or read it from the environment. */
  static forRoot(
    config?: AppConfig,
    extra: ModuleMetadata['imports'] = [],
    clock?: Clock,
  ): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config, clock),
        LoggerModule.forRoot('api'),
        DbModule,
        TransparencyModule,
        NotificationsModule,
        IdentityModule,
        CouncilsModule,
        ProposalsModule,
        PlacesModule,
        MeetingsModule,
        AssociationsModule,
        // Binds proposals' AGENDA_PLACEMENT port to meetings' agenda (the API refuses to start without).
        AgendaPlacementModule,
        WorksModule,
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [IdentityModule],
          inject: [AppConfig, FieldAuthorization, TransactionService],
          useFactory: graphqlOptions,
        }),
        HealthModule,
        TransparencyApiModule,
        OpenDataHttpModule,
        ...extra,
      ],
      providers: [
        ServerInfoResolver,
        { provide: APP_GUARD, useExisting: AuthorizationGuard },
        { provide: APP_FILTER, useClass: ApiExceptionFilter },
      ],
    };
  }
}
