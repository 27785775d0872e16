import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';

/**
 * The analyst web app: `vite build --config web/vite.config.ts` writes dist/web, which the API server
 * serves (src/api/web-routes.ts). Everything is bundled: the page loads nothing from anywhere else, and no
 * inline script or style is emitted, so it runs under the server's strict Content Security Policy.
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  plugins: [preact()],
  json: { stringify: true },
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    // The polyfill would be an inline <script>, which the CSP refuses (every browser we target has modulepreload).
    modulePreload: { polyfill: false },
    // No asset inlined as a data: URL: what the page loads is a file this server serves.
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 700,
  },
  // `npx vite --config web/vite.config.ts` for development, next to `armstrace serve` on port 8080.
  server: { proxy: { '/api': 'http://127.0.0.1:8080' } },
});
