/** Where to go after signing in: a path of this site only (never //other.site or a URL). */
export function safeNext(value: string | null | undefined, fallback = '/'): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.includes('\\'))
    return fallback;
  return value;
}

/** The sign-in page, coming back here afterwards. */
export const signInFor = (url: URL) =>
  `/compte/connexion?suite=${encodeURIComponent(url.pathname + url.search)}`;
