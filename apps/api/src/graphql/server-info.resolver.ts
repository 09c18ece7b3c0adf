import { Field, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { AppConfig, Clock, currentLocale } from '@quorum/core';
import { Allow, Anyone } from '@quorum/identity';
import { ERROR_REASONS, ErrorReason } from './error-reasons';

@ObjectType({ description: 'What this Quorum server is and speaks.' })
export class ServerInfo {
  @Field({ description: 'Name of the town whose councils this server hosts.' })
  townName!: string;

  @Field({
    description: 'Language of the messages in this response (fr, or en on Accept-Language: en).',
  })
  locale!: string;

  @Field({ description: 'Server time, to detect a skewed client clock.' })
  now!: Date;

  @Field(() => [ErrorReason], {
    description: 'Every value an error’s `extensions.reason` can take on this server.',
  })
  errorReasons!: string[];
}

@Resolver(() => ServerInfo)
export class ServerInfoResolver {
  constructor(
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  @Query(() => ServerInfo, { description: 'Public: what this server is. Needs no account.' })
  @Allow(Anyone)
  serverInfo(): ServerInfo {
    return {
      townName: this.config.TOWN_NAME,
      locale: currentLocale(),
      now: this.clock.now(),
      errorReasons: [...ERROR_REASONS],
    };
  }
}
