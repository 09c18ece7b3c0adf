import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType, PageArgs } from '@quorum/core';
import { CouncilCard, CouncilType } from '@quorum/councils';
import { ArgsType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsEnum,
  IsLatitude,
  IsLongitude,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  MaxLength,
} from 'class-validator';
import { PROPOSAL_CATEGORIES, PROPOSAL_STATUSES } from './proposal.entity';
import { ADDRESS_MAX_LENGTH, BODY_LENGTH, TITLE_LENGTH } from './rules/proposal-content';

export enum ProposalStatusGql {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
  QUALIFIED = 'QUALIFIED',
  ON_AGENDA = 'ON_AGENDA',
  ADOPTED = 'ADOPTED',
  REJECTED = 'REJECTED',
  ANSWERED = 'ANSWERED',
  IMPLEMENTED = 'IMPLEMENTED',
  WITHDRAWN = 'WITHDRAWN',
  EXPIRED = 'EXPIRED',
  HIDDEN = 'HIDDEN',
}
registerEnumType(ProposalStatusGql, { name: 'ProposalStatus' });

export enum ProposalCategoryGql {
  MOBILITY = 'MOBILITY',
  ENVIRONMENT = 'ENVIRONMENT',
  PUBLIC_SPACE = 'PUBLIC_SPACE',
  CULTURE_SPORT = 'CULTURE_SPORT',
  SOLIDARITY = 'SOLIDARITY',
  SAFETY = 'SAFETY',
  EDUCATION_YOUTH = 'EDUCATION_YOUTH',
  OTHER = 'OTHER',
}
registerEnumType(ProposalCategoryGql, { name: 'ProposalCategory' });

export enum OfficialAnswerGql {
  ACCEPTED = 'ACCEPTED',
  PARTIALLY_ACCEPTED = 'PARTIALLY_ACCEPTED',
  DECLINED = 'DECLINED',
}
registerEnumType(OfficialAnswerGql, {
  name: 'OfficialAnswer',
  description: 'Réponse officielle: acceptée, acceptée en partie, refusée.',
});

export enum ProposalOrder {
  NEWEST = 'NEWEST',
  MOST_SUPPORTED = 'MOST_SUPPORTED',
  RECENTLY_ACTIVE = 'RECENTLY_ACTIVE',
  /** With `search` only: best matches first, title matches above body matches. */
  RELEVANCE = 'RELEVANCE',
}
registerEnumType(ProposalOrder, {
  name: 'ProposalOrder',
  description: 'Allow-listed orders of the proposals list.',
});

// The GraphQL enums mirror the entity's unions; these lines fail to compile if they drift apart.
const _mirrors: [readonly `${ProposalStatusGql}`[], readonly `${ProposalCategoryGql}`[]] = [
  PROPOSAL_STATUSES,
  PROPOSAL_CATEGORIES,
];
void _mirrors;

@ObjectType({ description: 'A resident proposal (SPEC §3).' })
export class Proposal {
  @Field(() => ID) id!: string;
  @Field(() => ID) councilId!: string;
  @Field(() => ID) authorId!: string;
  @Field({ description: 'Public name of the author.' }) authorName!: string;
  @Field({ description: 'Plain text: escape it when showing it.' }) title!: string;
  @Field(() => String, { nullable: true, description: 'Markdown source; null while hidden.' })
  bodyMarkdown!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Safe HTML rendered by the server; null while hidden.',
  })
  bodyHtml!: string | null;
  @Field(() => ProposalCategoryGql) category!: ProposalCategoryGql;
  @Field(() => String, { nullable: true }) address!: string | null;
  @Field(() => Float, { nullable: true }) latitude!: number | null;
  @Field(() => Float, { nullable: true }) longitude!: number | null;
  @Field(() => ProposalStatusGql) status!: ProposalStatusGql;
  @Field(() => Int) supportCount!: number;
  @Field(() => Int, { nullable: true, description: 'Supports needed, fixed at publication.' })
  supportThreshold!: number | null;
  @Field(() => Date, { nullable: true }) publishedAt!: Date | null;
  @Field(() => Date, { nullable: true }) expiresAt!: Date | null;
  @Field(() => Date, { nullable: true }) qualifiedAt!: Date | null;
  @Field(() => String, {
    nullable: true,
    description: 'Public reason of the moderation, when hidden.',
  })
  hiddenReason!: string | null;
  @Field(() => Date, { nullable: true, description: 'When the council’s ballot decided it.' })
  decidedAt!: Date | null;
  @Field(() => String, {
    nullable: true,
    description: 'The town hall must answer by then (adopted proposals).',
  })
  answerDeadline!: string | null;
  @Field({ description: 'Adopted, unanswered, and past its deadline: shown in public.' })
  answerOverdue!: boolean;
  @Field(() => OfficialAnswerGql, { nullable: true }) answer!: OfficialAnswerGql | null;
  @Field(() => String, { nullable: true }) answerJustification!: string | null;
  @Field(() => Date, { nullable: true }) answeredAt!: Date | null;
  @Field(() => Date, { nullable: true }) implementedAt!: Date | null;
  @Field() createdAt!: Date;
  @Field() lastActivityAt!: Date;
  /** Read with the proposal, in its statement (councils' `council_card`): no second read per page. */
  @Field(() => CouncilType, { description: 'The council it is made to.' })
  council!: CouncilCard;
}

export const ProposalConnection = ConnectionType(
  Proposal,
  'Proposal',
  'Exact number of proposals the filters match (drafts: only the caller’s own), counted only when selected, in the page’s own statement: from a tally the database keeps, or by counting the matches of a search or an author.',
);

@InputType()
export class SubmitProposalInput {
  @Field(() => ID) @IsUUID() councilId!: string;
  @Field({ description: '5 to 140 characters.' })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @Length(TITLE_LENGTH.min, TITLE_LENGTH.max)
  title!: string;
  @Field({ description: 'Markdown, up to 20,000 characters.' })
  @IsString()
  @Length(BODY_LENGTH.min, BODY_LENGTH.max)
  body!: string;
  @Field(() => ProposalCategoryGql) @IsEnum(ProposalCategoryGql) category!: ProposalCategoryGql;
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(ADDRESS_MAX_LENGTH)
  address?: string;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsLatitude() latitude?: number;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsLongitude() longitude?: number;

  @Field({ nullable: true, description: 'Publish at once (default: keep as a draft).' })
  @IsOptional()
  @IsBoolean()
  publish?: boolean;
}

@ArgsType()
export class ProposalsArgs extends PageArgs {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() councilId?: string;
  @Field(() => ProposalStatusGql, { nullable: true })
  @IsOptional()
  @IsEnum(ProposalStatusGql)
  status?: ProposalStatusGql;
  @Field(() => ProposalCategoryGql, { nullable: true })
  @IsOptional()
  @IsEnum(ProposalCategoryGql)
  category?: ProposalCategoryGql;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() authorId?: string;
  @Field({
    nullable: true,
    description:
      'Only the proposals the signed-in person supports (supports are private: none when signed out).',
  })
  @IsOptional()
  @IsBoolean()
  supportedByMe?: boolean;
  @Field({
    nullable: true,
    description: 'French full-text search in titles and bodies; accents do not matter.',
  })
  @IsOptional()
  @IsString()
  @Length(2, 200)
  search?: string;

  @Field(() => ProposalOrder, {
    nullable: true,
    description: 'Default NEWEST, or RELEVANCE with search.',
  })
  @IsOptional()
  @IsEnum(ProposalOrder)
  orderBy?: ProposalOrder;
}

@ArgsType()
export class SimilarProposalsArgs {
  @Field() @IsString() @Length(3, 140) title!: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() councilId?: string;
}

@InputType()
export class AnswerProposalInput {
  @Field(() => ID) @IsUUID() proposalId!: string;
  @Field(() => OfficialAnswerGql) @IsEnum(OfficialAnswerGql) answer!: OfficialAnswerGql;
  @Field({ description: 'Why, in words people understand (Markdown not rendered).' })
  @IsString()
  @Length(10, 10_000)
  justification!: string;
}

@ObjectType()
export class ProposalFollowPayload {
  @Field(() => ID) proposalId!: string;
  @Field() following!: boolean;
  @Field(() => Int) followersCount!: number;
}

@ObjectType({ description: 'What supportProposal did, and the proposal as it is now.' })
export class SupportProposalPayload {
  @Field(() => Proposal) proposal!: Proposal;
  @Field({
    description: 'True when the caller already supported it: this call changed nothing.',
  })
  alreadySupported!: boolean;
}

@ObjectType({ description: 'What withdrawSupport did, and the proposal as it is now.' })
export class WithdrawSupportPayload {
  @Field(() => Proposal) proposal!: Proposal;
  @Field({
    description: 'False when the caller did not support it: this call changed nothing.',
  })
  wasSupporting!: boolean;
}
