import fs from 'node:fs';
import { constants as zlibConstants } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { compression, defineAlgorithm } from 'vite-plugin-compression2';
import { VitePWA } from 'vite-plugin-pwa';
import { exerciseContentChunks } from './scripts/exercise-content-plugin.js';

/** Text files the server may send precompressed (@fastify/static `preCompressed` picks x.br / x.gz). */
const COMPRESSIBLE = /\.(js|mjs|css|html|svg|json|webmanifest)$/;

export default defineConfig(({ isSsrBuild }) => ({
  root: 'src/web',
  publicDir: 'public',
  plugins: [
    react(),
    // The session player loads only the exercises it plays (scripts/exercise-content-plugin.ts).
    exerciseContentChunks(),
    // The server-side build (the pre-render step, scripts/prerender.mjs) only draws HTML: no
    // service worker and no compressed copies of it.
    ...(isSsrBuild ? [] : browserOnlyPlugins()),
  ],
  build: isSsrBuild
    ? { outDir: '../../dist/prerender', emptyOutDir: true, target: 'node20' }
    : {
        outDir: '../../dist/web',
        emptyOutDir: true,
        // Read (then deleted) by scripts/prerender.mjs: which CSS and chunks a pre-rendered page needs.
        manifest: true,
        sourcemap: false,
        target: 'es2022',
        rollupOptions: {
          output: {
            // The domain's time-zone data (~16 kB compressed) in a chunk of its own, loaded only
            // with the pages that place times in a zone (care, clinic, programme), never the home
            // page; see docs/schedule.md § Time zones.
            manualChunks: (id: string) =>
              id.includes('/src/domain/time/tzdata.generated.') ? 'tzdata' : undefined,
          },
        },
      },
  server: { proxy: { '/api': 'http://localhost:3000' } },
}));

/**
 * The camera check's pose model (MoveNet Lightning, shipped in @vladmandic/human's package) is
 * served by the app itself from /models/pose/, so the check never asks another host for anything.
 */
const POSE_MODEL_FILES = ['movenet-lightning.json', 'movenet-lightning.bin'];
const poseModel = {
  name: 'psoas-pose-model',
  generateBundle(this: { emitFile(file: { type: 'asset'; fileName: string; source: Uint8Array }): string }) {
    for (const name of POSE_MODEL_FILES) {
      const source = fs.readFileSync(
        new URL(`./node_modules/@vladmandic/human/models/${name}`, import.meta.url),
      );
      this.emitFile({ type: 'asset', fileName: `models/pose/${name}`, source });
    }
  },
};

function browserOnlyPlugins() {
  return [
    poseModel,
    // Installable app that works offline: the app shell and every chunk are precached, and the
    // person's programme and the exercise content are cached at run time (network first).
    VitePWA({
      strategies: 'generateSW',
      registerType: 'autoUpdate',
      // `defer`: registering the worker never holds up the first paint.
      injectRegister: 'script-defer',
      includeAssets: ['icon.svg'],
      manifest: {
        name: 'Psoas: ease psoas-related low back pain',
        short_name: 'Psoas',
        description: 'Understand, check and work on low back pain that comes from the psoas muscle.',
        lang: 'en',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#fbfaf7',
        theme_color: '#0f5e57',
        icons: [
          { src: '/icon.svg', sizes: 'any', type: 'image/svg+xml' },
          { src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        // The pose model's code (~2 MB) is fetched only by the camera check, then kept (below):
        // a first visit does not download it for everyone.
        globIgnores: ['**/human.esm-*.js', '**/pose-*.js'],
        maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
        navigateFallback: '/index.html',
        // API calls and documents the server answers itself are never replaced by the app shell.
        navigateFallbackDenylist: [/^\/api\//],
        cleanupOutdatedCaches: true,
        // A new worker takes over open pages at once, so the first visit is already offline-ready.
        clientsClaim: true,
        skipWaiting: true,
        runtimeCaching: [
          {
            // The camera check works offline once it has run: its model code and weights stay.
            urlPattern: ({ url }) =>
              url.pathname.startsWith('/models/pose/') || /\/assets\/human\.esm-/.test(url.pathname),
            handler: 'CacheFirst',
            options: { cacheName: 'psoas-pose-model', cacheableResponse: { statuses: [200] } },
          },
          {
            urlPattern: ({ url, request }) =>
              request.method === 'GET' &&
              (url.pathname.startsWith('/api/programmes/') || url.pathname.startsWith('/api/exercises')),
            handler: 'NetworkFirst',
            options: {
              cacheName: 'psoas-api',
              networkTimeoutSeconds: 5,
              expiration: { maxEntries: 100, maxAgeSeconds: 60 * 60 * 24 * 60 },
              cacheableResponse: { statuses: [200] },
            },
          },
        ],
      },
    }),
    // Brotli (best) and gzip next to every text asset, so the server sends them without compressing
    // on each request. Files under 1 KB gain nothing worth a second request header.
    compression({
      include: COMPRESSIBLE,
      threshold: 1024,
      algorithms: [
        defineAlgorithm('brotliCompress', { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11 } }),
        defineAlgorithm('gzip', { level: 9 }),
      ],
    }),
  ];
}
