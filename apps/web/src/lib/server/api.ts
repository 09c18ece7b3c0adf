// The site's one way to reach the API: server-side fetch to /graphql, with the session's access
// token and the visitor's address as one X-Forwarded-For hop (the API trusts loopback when the
// site is mounted in it), so rate limits count each visitor, not the web server.
import { env } from '$env/dynamic/private';
import type { TypedDocumentString } from '$lib/gql/graphql';

export interface FieldError {
  field: string;
  message: string;
}

export interface ApiError {
  message: string;
  code: string;
  reason?: string;
  fields: FieldError[];
}

interface RawError {
  message?: string;
  extensions?: { code?: string; reason?: string; fields?: FieldError[] };
}

export type ApiResult<R> = { ok: true; data: R } | { ok: false; error: ApiError };

export interface Caller {
  token?: string;
  clientAddress: string;
  fetch?: typeof fetch;
}

export function apiUrl(): string {
  return (env.API_URL ?? `http://127.0.0.1:${env.PORT ?? 3000}`).replace(/\/+$/, '');
}

/** The field a server error names, as the form names it ("input.title" → "title"). */
const fieldName = (field: string) => field.split('.').pop() ?? field;

export async function call<R, V>(
  document: TypedDocumentString<R, V>,
  variables: V,
  caller: Caller,
): Promise<ApiResult<R>> {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    'accept-language': 'fr',
    'x-forwarded-for': caller.clientAddress,
  };
  if (caller.token) headers.authorization = `Bearer ${caller.token}`;
  let body: { data?: R | null; errors?: RawError[] };
  try {
    const response = await (caller.fetch ?? fetch)(`${apiUrl()}/graphql`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query: document.toString(), variables }),
    });
    body = (await response.json()) as typeof body;
  } catch {
    return {
      ok: false,
      error: {
        code: 'UNAVAILABLE',
        message: 'Le service est momentanément indisponible. Réessayez dans quelques minutes.',
        fields: [],
      },
    };
  }
  const first = body.errors?.[0];
  if (first || !body.data) {
    return {
      ok: false,
      error: {
        code: first?.extensions?.code ?? 'INTERNAL_SERVER_ERROR',
        reason: first?.extensions?.reason,
        message: first?.message ?? 'Une erreur inattendue est survenue. Réessayez plus tard.',
        fields: (first?.extensions?.fields ?? []).map((f) => ({ ...f, field: fieldName(f.field) })),
      },
    };
  }
  return { ok: true, data: body.data };
}
