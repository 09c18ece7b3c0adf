import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Actor } from './actor';

export interface RequestWithActor {
  headers: Record<string, string | string[] | undefined>;
  ip?: string;
  actor?: Actor | null;
}

export function requestOf(context: ExecutionContext): RequestWithActor {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<{ req: RequestWithActor }>().req;
  }
  return context.switchToHttp().getRequest<RequestWithActor>();
}

/** The caller (null when anonymous), as the guard established it. */
export const CurrentActor = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Actor | null => requestOf(context).actor ?? null,
);

/** The caller's IP address, for rate limits. */
export const ClientIp = createParamDecorator(
  (_data: unknown, context: ExecutionContext): string => requestOf(context).ip ?? 'unknown',
);
