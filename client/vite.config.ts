import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/** Text files worth compressing. */
const COMPRESSIBLE = /\.(html|js|mjs|css|json|svg|txt|webmanifest)$/;

/**
 * Writes a Brotli (`.br`, best quality) and a gzip (`.gz`) copy beside each built text file, when
 * smaller; the server sends them as they are to browsers that accept them, instead of compressing
 * at run time.
 */
function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'cocreate-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      for (const file of readdirSync(outDir, { recursive: true, encoding: 'utf8' })) {
        if (!COMPRESSIBLE.test(file)) continue;
        const body = readFileSync(path.join(outDir, file));
        const br = brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
        const gz = gzipSync(body, { level: 9 });
        if (br.length < body.length) writeFileSync(path.join(outDir, `${file}.br`), br);
        if (gz.length < body.length) writeFileSync(path.join(outDir, `${file}.gz`), gz);
      }
    },
  };
}

// The dev server proxies the API and the WebSocket to a running Cocreate server
// (COCREATE_SERVER, default http://localhost:8080); in production the server serves dist/.
const server = process.env.COCREATE_SERVER ?? 'http://localhost:8080';

export default defineConfig({
  plugins: [react(), precompress()],
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
