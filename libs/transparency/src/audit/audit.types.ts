import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@quorum/core';
import { IsOptional, Matches, MaxLength } from 'class-validator';
import { GraphQLJSONObject } from 'graphql-type-json';

@ObjectType({
  description:
    'A link of the audit chain. Anyone sees the public entries (allow-listed actions) in full; ' +
    'agents and admins every entry.',
})
export class AuditLogEntry {
  @Field(() => ID, { description: 'Position in the chain (ids grow with it).' }) id!: string;
  @Field({ description: 'Whether the entry is in the public part of the log.' }) public!: boolean;
  @Field(() => Date, { nullable: true }) occurredAt!: Date | null;
  @Field(() => ID, { nullable: true, description: 'Who did it; null for the system.' })
  actorId!: string | null;
  @Field(() => String, { nullable: true }) actorRole!: string | null;
  @Field(() => String, { nullable: true, description: 'What happened: `proposal.published`…' })
  action!: string | null;
  @Field(() => String, { nullable: true }) objectType!: string | null;
  @Field(() => String, { nullable: true }) objectId!: string | null;
  @Field(() => GraphQLJSONObject, { nullable: true }) before!: Record<string, unknown> | null;
  @Field(() => GraphQLJSONObject, { nullable: true }) after!: Record<string, unknown> | null;
  @Field() prevHash!: string;
  @Field() hash!: string;
  @Field(() => String, {
    nullable: true,
    description: 'SHA-256 of the entry’s payload (chain version 2; null on older rows).',
  })
  payloadHash!: string | null;
}

export const AuditLogConnection = ConnectionType(AuditLogEntry, 'AuditLog');

@InputType({ description: 'Narrows the audit log; every field optional.' })
export class AuditLogFilterInput {
  @Field(() => String, { nullable: true, description: '`proposal`, `council`, `meeting`…' })
  @IsOptional()
  @MaxLength(60)
  @Matches(/^[a-z_]+$/)
  objectType?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(100)
  objectId?: string | null;

  @Field(() => String, { nullable: true, description: 'One action: `proposal.answered`…' })
  @IsOptional()
  @MaxLength(80)
  @Matches(/^[a-z-]+\.[a-z-]+$/)
  action?: string | null;

  @Field({ nullable: true, description: 'From this instant (included).' })
  @IsOptional()
  since?: Date;

  @Field({ nullable: true, description: 'Until this instant (excluded).' })
  @IsOptional()
  until?: Date;
}

@ObjectType({ description: 'A published minutes version whose anchor the chain contradicts.' })
export class BrokenAuditAnchor {
  @Field(() => ID) minutesId!: string;
  @Field(() => ID, { description: 'The audit link the minutes printed.' }) auditId!: string;
}

@ObjectType('AuditChainReport', { description: 'The audit chain, recomputed.' })
export class AuditChainReportGql {
  @Field({ description: 'Every link and every anchor holds.' }) valid!: boolean;
  @Field(() => Int, { description: 'Links recomputed.' }) checked!: number;
  @Field(() => String, {
    nullable: true,
    description: 'Id of the first link whose hash or link does not match (`head` for a cut tail).',
  })
  firstBrokenId!: string | null;
  @Field(() => Int, { description: 'Published minutes’ anchors checked.' })
  anchorsChecked!: number;
  @Field(() => BrokenAuditAnchor, { nullable: true }) brokenAnchor!: BrokenAuditAnchor | null;
  @Field(() => String, { nullable: true, description: 'The chain’s last link.' })
  headId!: string | null;
  @Field() headHash!: string;
}
