import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [sveltekit()],
  // The build runs on 2 shared cores: no report of compressed sizes (the bench measures them).
  build: { reportCompressedSize: false },
});
