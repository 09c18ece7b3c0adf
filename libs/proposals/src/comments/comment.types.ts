import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '@quorum/core';
import {
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
} from 'class-validator';

@ObjectType({ description: 'A comment on a proposal; replies are one level deep.' })
export class ProposalComment {
  @Field(() => ID) id!: string;
  @Field(() => ID) proposalId!: string;
  @Field(() => ID, { nullable: true }) parentId!: string | null;
  @Field(() => ID) authorId!: string;
  @Field() authorName!: string;
  @Field(() => String, { nullable: true, description: 'Null while hidden by moderation.' })
  bodyMarkdown!: string | null;
  @Field(() => String, { nullable: true, description: 'Safe HTML; null while hidden.' }) bodyHtml!:
    string | null;
  @Field(() => String, { nullable: true, description: 'Public reason of the moderation.' })
  hiddenReason!: string | null;
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true }) editedAt!: Date | null;
}

export const ProposalCommentConnection = ConnectionType(
  ProposalComment,
  'ProposalComment',
  'Exact number of comments and replies of the proposal (counted only when selected).',
);

/** A page of a proposal's comments, sized as every page (SPEC §7: at most 100). */
@ArgsType()
export class CommentPageArgs {
  @Field(() => Int, {
    nullable: true,
    description: `Page size, 1 to ${MAX_PAGE_SIZE} (default ${DEFAULT_PAGE_SIZE}).`,
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first?: number;

  @Field({ nullable: true, description: 'The endCursor of the previous page of this proposal.' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  after?: string;
}

@InputType()
export class CommentOnProposalInput {
  @Field(() => ID) @IsUUID() proposalId!: string;
  @Field({ description: 'Markdown, up to 5,000 characters.' })
  @IsString()
  @Length(1, 5000)
  body!: string;
  @Field(() => ID, { nullable: true, description: 'The comment answered (a top-level one).' })
  @IsOptional()
  @IsUUID()
  parentId?: string;
}

@InputType()
export class EditCommentInput {
  @Field(() => ID) @IsUUID() commentId!: string;
  @Field() @IsString() @Length(1, 5000) body!: string;
}

export enum ReportableTypeGql {
  PROPOSAL = 'PROPOSAL',
  COMMENT = 'COMMENT',
}
registerEnumType(ReportableTypeGql, { name: 'ReportableType' });

export enum ModerationAction {
  HIDE = 'HIDE',
  RESTORE = 'RESTORE',
}
registerEnumType(ModerationAction, { name: 'ModerationAction' });

@InputType()
export class ReportContentInput {
  @Field(() => ReportableTypeGql) @IsEnum(ReportableTypeGql) targetType!: ReportableTypeGql;
  @Field(() => ID) @IsUUID() targetId!: string;
  @Field() @IsString() @Length(3, 1000) reason!: string;
}

@InputType()
export class ModerateContentInput {
  @Field(() => ReportableTypeGql) @IsEnum(ReportableTypeGql) targetType!: ReportableTypeGql;
  @Field(() => ID) @IsUUID() targetId!: string;
  @Field(() => ModerationAction) @IsEnum(ModerationAction) action!: ModerationAction;
  @Field({ description: 'Public reason, shown in place of the content.' })
  @IsString()
  @Length(3, 1000)
  reason!: string;
}

@ObjectType()
export class ModerationResult {
  @Field(() => ReportableTypeGql) targetType!: ReportableTypeGql;
  @Field(() => ID) targetId!: string;
  @Field() hidden!: boolean;
  @Field(() => String, { nullable: true }) hiddenReason!: string | null;
}

@ObjectType({ description: 'Reported content waiting for an agent’s review.' })
export class ModerationQueueItem {
  @Field(() => ReportableTypeGql) targetType!: ReportableTypeGql;
  @Field(() => ID) targetId!: string;
  @Field(() => ID, { description: 'The proposal concerned (itself, or the one commented on).' })
  proposalId!: string;
  @Field({ description: 'The proposal’s title, or the beginning of the comment.' })
  excerpt!: string;
  @Field(() => Int) openReports!: number;
  @Field(() => [String], { description: 'The reasons given, latest first.' }) reasons!: string[];
  @Field() hidden!: boolean;
  @Field() lastReportedAt!: Date;
}
