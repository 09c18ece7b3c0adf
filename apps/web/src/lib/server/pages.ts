/**
 * The links of a list shown a page at a time (the API's Relay-style connections): the next page,
 * its cursor in `param`, and back to the first once past it. The address's other parameters (a
 * filter, another list's cursor) are kept; a notice of a done action (`fait`) is not.
 */
export function pageLinks(
  url: URL,
  pageInfo: { hasNextPage: boolean; endCursor?: string | null },
  param = 'apres',
  anchor = '',
): { nextPage: string | null; firstPage: string | null } {
  const link = (params: URLSearchParams) => {
    params.delete('fait');
    const query = params.toString();
    return `${query ? `?${query}` : url.pathname}${anchor}`;
  };
  const next = new URLSearchParams(url.searchParams);
  next.set(param, pageInfo.endCursor ?? '');
  const first = new URLSearchParams(url.searchParams);
  first.delete(param);
  return {
    nextPage: pageInfo.hasNextPage && pageInfo.endCursor ? link(next) : null,
    firstPage: url.searchParams.has(param) ? link(first) : null,
  };
}
