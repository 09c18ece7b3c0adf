// Backend-for-frontend sessions: the API's tokens live in httpOnly, SameSite=Lax cookies that
// only this server reads; page scripts never see them. `__Host-` and Secure over HTTPS.
import type { Cookies } from '@sveltejs/kit';
import { env } from '$env/dynamic/private';
import { call } from './api';
import { RefreshDocument } from './operations';

export interface Tokens {
  accessToken: string;
  accessTokenExpiresAt: string;
  refreshToken: string;
}

const secure = () => (env.PUBLIC_URL ?? '').startsWith('https://');
export const accessCookie = () => (secure() ? '__Host-quorum-access' : 'quorum-access');
export const refreshCookie = () => (secure() ? '__Host-quorum-refresh' : 'quorum-refresh');
const REFRESH_DAYS = () => Number(env.REFRESH_TOKEN_TTL_DAYS ?? 30);

function options(maxAgeSeconds: number) {
  return {
    path: '/',
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: secure(),
    maxAge: Math.max(1, Math.floor(maxAgeSeconds)),
  };
}

export function saveTokens(cookies: Cookies, tokens: Tokens, now = Date.now()): void {
  const accessSeconds = (Date.parse(tokens.accessTokenExpiresAt) - now) / 1000;
  // A few seconds early: a token that expires on its way to the API is refreshed instead.
  cookies.set(accessCookie(), tokens.accessToken, options(accessSeconds - 5));
  cookies.set(refreshCookie(), tokens.refreshToken, options(REFRESH_DAYS() * 86_400));
}

export function clearTokens(cookies: Cookies): void {
  cookies.delete(accessCookie(), { path: '/', secure: secure() });
  cookies.delete(refreshCookie(), { path: '/', secure: secure() });
}

/**
 * One refresh at a time per session: requests that arrive together with the same refresh token
 * (a page and its form post, two tabs) share one call to the API, and one that comes shortly after
 * with the old cookie gets the same new tokens. The API refuses a refresh token used twice (and
 * closes its session), so a second call must never be sent for the same token.
 */
const refreshes = new Map<string, Promise<Tokens | null>>();
const KEEP_MS = 30_000;

export function refreshOnce(refreshToken: string, clientAddress: string): Promise<Tokens | null> {
  const running = refreshes.get(refreshToken);
  if (running) return running;
  const refresh = call(RefreshDocument, { refreshToken }, { clientAddress }).then((result) =>
    result.ok ? result.data.refreshToken : null,
  );
  refreshes.set(refreshToken, refresh);
  setTimeout(() => refreshes.delete(refreshToken), KEEP_MS).unref?.();
  return refresh;
}
