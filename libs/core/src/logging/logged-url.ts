/**
 * A request's address as its log line shows it: the path, and the names of the query's
 * parameters without their values. Links e-mailed to people carry their tokens in the address
 * (`/compte/confirmer?token=…`, `/compte/mot-de-passe?token=…`), so does `/unsubscribe/<token>`,
 * and a client may put a GraphQL request's variables (a password) in a GET's query string.
 */
const TOKEN_IN_PATH = /^(\/unsubscribe\/)[^/?#]+/;

export function loggedUrl(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  const at = url.indexOf('?');
  const path = (at === -1 ? url : url.slice(0, at)).replace(TOKEN_IN_PATH, '$1[redacted]');
  if (at === -1) return path;
  const names = url
    .slice(at + 1)
    .split('&')
    .filter((pair) => pair !== '')
    .map((pair) => `${pair.split('=')[0]}=[redacted]`);
  return names.length > 0 ? `${path}?${names.join('&')}` : path;
}
