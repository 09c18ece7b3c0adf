import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType, PageArgs } from '@quorum/core';
import { NOTIFICATION_EVENT_TYPES, NotificationEventType } from '../fan-out/notification-events';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsEnum,
  IsOptional,
  IsUUID,
  ValidateNested,
} from 'class-validator';

/** GraphQL enum names cannot hold dots: `proposal.answer-due` is PROPOSAL_ANSWER_DUE. */
export const gqlEventName = (type: string) => type.replace(/[.-]/g, '_').toUpperCase();
export const NotificationEventGql = Object.fromEntries(
  NOTIFICATION_EVENT_TYPES.map((type) => [gqlEventName(type), gqlEventName(type)]),
) as Record<string, string>;
registerEnumType(NotificationEventGql, {
  name: 'NotificationEvent',
  description: 'What a notification is about (SPEC §5).',
});
export const eventTypeOf = (gql: string): NotificationEventType =>
  NOTIFICATION_EVENT_TYPES.find((type) => gqlEventName(type) === gql)!;

export enum DeliveryModeGql {
  IMMEDIATE = 'IMMEDIATE',
  DAILY_DIGEST = 'DAILY_DIGEST',
  OFF = 'OFF',
}
registerEnumType(DeliveryModeGql, {
  name: 'DeliveryMode',
  description: 'E-mail: at once, in the daily digest, or not at all (in-app notifications stay).',
});

@ObjectType({ description: 'An in-app notification.' })
export class Notification {
  @Field(() => ID) id!: string;
  @Field(() => NotificationEventGql) event!: string;
  @Field() title!: string;
  @Field() body!: string;
  @Field({ description: 'The item, on the public site.' }) link!: string;
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true }) readAt!: Date | null;
}

@ObjectType()
export class NotificationConnection extends ConnectionType(Notification, 'NotificationPage') {
  @Field(() => Int, { description: 'Unread notifications, whatever the filter.' })
  unreadCount!: number;
}

@ArgsType()
export class NotificationsArgs extends PageArgs {
  @Field({ nullable: true, description: 'Only unread ones.' })
  @IsOptional()
  @IsBoolean()
  unreadOnly?: boolean;
}

@InputType()
export class MarkNotificationsReadInput {
  @Field(() => [ID], { nullable: true, description: 'These ones…' })
  @IsOptional()
  @IsUUID('all', { each: true })
  @ArrayMaxSize(500)
  ids?: string[];
  @Field({ nullable: true, description: '…or all of them.' })
  @IsOptional()
  @IsBoolean()
  all?: boolean;
}

@ObjectType()
export class NotificationPreference {
  @Field(() => NotificationEventGql) event!: string;
  @Field({ description: 'In French, for people.' }) label!: string;
  @Field(() => DeliveryModeGql) mode!: DeliveryModeGql;
  @Field({ description: 'No choice made: the default applies.' }) isDefault!: boolean;
}

@InputType()
export class PreferenceInput {
  @Field(() => NotificationEventGql) @IsEnum(NotificationEventGql) event!: string;
  @Field(() => DeliveryModeGql) @IsEnum(DeliveryModeGql) mode!: DeliveryModeGql;
}

@InputType()
export class UpdateNotificationPreferencesInput {
  @Field(() => [PreferenceInput])
  @ValidateNested({ each: true })
  @Type(() => PreferenceInput)
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  preferences!: PreferenceInput[];
}

@ObjectType({ description: 'A queue of the worker, as BullMQ counts it.' })
export class QueueMetrics {
  @Field() name!: string;
  @Field(() => Int) waiting!: number;
  @Field(() => Int) active!: number;
  @Field(() => Int) delayed!: number;
  @Field(() => Int) completed!: number;
  @Field(() => Int) failed!: number;
}

@ObjectType({ description: 'A job that failed for good (dead letter).' })
export class FailedJob {
  @Field() jobId!: string;
  @Field() jobName!: string;
  @Field(() => Int) attempts!: number;
  @Field({ description: 'E-mail addresses are masked.' }) error!: string;
  @Field() failedAt!: Date;
}

@ArgsType()
export class FailedJobsArgs extends PageArgs {}
