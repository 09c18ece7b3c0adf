// The site's build: adapter-node writes the server into dist/web, which the API mounts (or which
// runs alone with `node dist/web`). Kit's CSRF origin check stays on: ORIGIN is PUBLIC_URL.
import adapter from '@sveltejs/adapter-node';

/** @type {import('@sveltejs/kit').Config} */
export default {
  kit: {
    adapter: adapter({ out: '../../dist/web', precompress: false }),
    // Inline small CSS: one request fewer on a cheap phone's first visit.
    inlineStyleThreshold: 4096,
    // The site's own CSP (the API's, stricter, has no script at all): Kit adds the hashes of what
    // it inlines. Nothing from elsewhere except the town's logo.
    csp: {
      mode: 'hash',
      directives: {
        'default-src': ['none'],
        'script-src': ['self'],
        'style-src': ['self'],
        'img-src': ['self', 'https:'],
        'connect-src': ['self'],
        'form-action': ['self'],
        'frame-ancestors': ['none'],
        'base-uri': ['none'],
      },
    },
  },
};
