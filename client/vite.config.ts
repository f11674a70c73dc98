import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The dev server proxies the API and the WebSocket to a running Cocreate server
// (COCREATE_SERVER, default http://localhost:8080); in production the server serves dist/.
const server = process.env.COCREATE_SERVER ?? 'http://localhost:8080';

export default defineConfig({
  plugins: [react()],
  resolve: {
    // Bundle the SDK from source: no separate build step for shared/.
    alias: { '@cocreate/shared': fileURLToPath(new URL('../shared/src/index.ts', import.meta.url)) },
  },
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true, chunkSizeWarningLimit: 1500 },
  server: {
    proxy: {
      '/api': server,
      '/healthz': server,
      '/ws': { target: server.replace(/^http/, 'ws'), ws: true },
    },
  },
});
