import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [sveltekit()],
  build: {
    // The build runs on 2 shared cores: no report of compressed sizes (measured separately), and
    // no report of slow plugins (SvelteKit's adapter step always is, on a busy machine).
    reportCompressedSize: false,
    rolldownOptions: { checks: { bundlerTimings: false } },
  },
});
