/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { createReadStream, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { sentryVitePlugin } from '@sentry/vite-plugin';
import { defineConfig, type Plugin, type PluginOption } from 'vite';
import { compileCatalogue } from '../../libs/i18n/src/compile';

/** The browser build only: the landing page's SSR build (package.json, build) must not touch dist/ or the maps. */
const clientBuild = (_: unknown, env: { command: string; isSsrBuild?: boolean }) => env.command === 'build' && !env.isSsrBuild;

/**
 * Writes .gz and .br next to every text asset of the build, so nginx (gzip_static) sends precompressed files at
 * the best compression level instead of compressing on every request.
 */
function precompress(): Plugin {
  const compressible = /\.(js|css|html|svg|json|txt)$/;
  return {
    name: 'whispergifts-precompress',
    apply: clientBuild,
    closeBundle() {
      const outDir = fileURLToPath(new URL('./dist', import.meta.url));
      const walk = (dir: string): string[] =>
        readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? walk(join(dir, name)) : [join(dir, name)]));
      for (const file of walk(outDir).filter((f) => compressible.test(f) && statSync(f).size >= 1024)) {
        const content = readFileSync(file);
        writeFileSync(`${file}.gz`, gzipSync(content, { level: 9 }));
        writeFileSync(`${file}.br`, brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
      }
    },
  };
}

/**
 * Source maps are for us, not for everyone: built 'hidden' (no sourceMappingURL in the served files) and moved out of
 * dist/, which nginx serves, into dist-sourcemaps/ beside it, for an error tracker or a debugging session to load.
 */
function sourceMapsOutsideServedTree(): Plugin {
  return {
    name: 'whispergifts-sourcemaps-outside-dist',
    apply: clientBuild,
    closeBundle() {
      const outDir = fileURLToPath(new URL('./dist', import.meta.url));
      const mapsDir = fileURLToPath(new URL('./dist-sourcemaps', import.meta.url));
      rmSync(mapsDir, { recursive: true, force: true });
      const walk = (dir: string): string[] =>
        readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? walk(join(dir, name)) : [join(dir, name)]));
      for (const file of walk(outDir).filter((f) => f.endsWith('.map'))) {
        const target = join(mapsDir, relative(outDir, file));
        mkdirSync(dirname(target), { recursive: true });
        renameSync(file, target);
      }
    },
  };
}

/**
 * In development nothing else serves uploaded images: the dev server answers /media/<name> from MEDIA_DIR (the
 * root's media/ unless set), as nginx does in production. Only names the API makes are served.
 */
function mediaInDevelopment(): Plugin {
  const dir = process.env.MEDIA_DIR ?? fileURLToPath(new URL('../../media', import.meta.url));
  const types: Record<string, string> = { jpg: 'image/jpeg', png: 'image/png', webp: 'image/webp', avif: 'image/avif', heic: 'image/heic' };
  return {
    name: 'whispergifts-media-in-development',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use('/media', (req, res, next) => {
        const name = /^\/([0-9a-f]{32}(?:-\d{1,5})?\.(jpg|png|webp|avif|heic)|og-[0-9a-f]{32}\.png)$/.exec(req.url?.split('?')[0] ?? '');
        if (!name || !existsSync(join(dir, name[1]))) return next();
        res.setHeader('content-type', types[name[2] ?? 'png']);
        createReadStream(join(dir, name[1])).pipe(res);
      });
    },
  };
}

/**
 * Preloads the one font face every page shows at once: the WhisperGifts wordmark's (Playfair Display 700, Latin,
 * styles/themes.css). A theme's own title face is fetched when its guest page asks for it, and no other.
 */
function preloadBrandFace(): Plugin {
  return {
    name: 'whispergifts-preload-brand-face',
    apply: clientBuild,
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const face = Object.keys(context.bundle ?? {}).find((file) => /^assets\/playfair-display-latin-700-normal-[\w-]+\.woff2$/.test(file));
        if (!face) throw new Error('the wordmark’s font face is not in the build');
        return [{ tag: 'link', attrs: { rel: 'preload', href: `/${face}`, as: 'font', type: 'font/woff2', crossorigin: '' }, injectTo: 'head' }];
      },
    },
  };
}

/** A shared gift list's first script (src/first-paint-boot.ts): a second entry of the build, used by no other page. */
const BOOT_ENTRY = '/src/first-paint-boot.ts';

/**
 * What a shared gift list (/r/{slug}) starts the app with, named in comments of index.html for the API
 * (apps/api/src/link-previews/first-paint.ts): the boot module that takes the entry's place on that page, and the
 * modules the page needs beyond the entry (the app and the guest route with their static imports), which the boot asks
 * for all at once instead of one import after another. Other pages ignore the comments and download nothing more.
 */
function guestRoutePreloads(): Plugin {
  const roots = ['/src/app/app.tsx', '/src/app/routes/gift-list.tsx'];
  return {
    name: 'whispergifts-guest-route-preloads',
    apply: clientBuild,
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        if (!bundle) return html;
        const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
        const byFile = new Map(chunks.map((c) => [c.fileName, c]));
        const wanted = new Set<string>();
        const visit = (fileName: string) => {
          const chunk = byFile.get(fileName);
          if (!chunk || chunk.isEntry || wanted.has(fileName)) return;
          wanted.add(fileName);
          chunk.imports.forEach(visit);
        };
        for (const chunk of chunks) if (roots.some((root) => chunk.facadeModuleId?.endsWith(root))) visit(chunk.fileName);
        if (!wanted.size) throw new Error('guestRoutePreloads: the guest route chunks were not found');
        const boot = chunks.find((c) => c.isEntry && c.facadeModuleId?.endsWith(BOOT_ENTRY));
        if (!boot) throw new Error('guestRoutePreloads: the first-paint boot module was not built');
        return html.replace(
          '</head>',
          () => `  <!-- wg-guest-boot: /${boot.fileName} -->\n  <!-- wg-guest-modules: ${[...wanted].map((f) => `/${f}`).join(' ')} -->\n  </head>`,
        );
      },
    },
  };
}

/**
 * The message catalogues (libs/i18n/catalogues/<lang>/<namespace>.json, ICU MessageFormat) compiled to Lingui's form
 * as they are imported, so the browser gets ready-to-run messages and no ICU parser. Still JSON, which Vite's own
 * JSON plugin then makes a module of (one chunk per file: lib/i18n/catalogues.ts imports them lazily).
 */
function compiledCatalogues(): Plugin {
  const file = /[\\/]libs[\\/]i18n[\\/]catalogues[\\/]\w+[\\/]([\w-]+)\.json$/;
  return {
    name: 'whispergifts-compiled-catalogues',
    enforce: 'pre',
    transform(code, id) {
      const namespace = file.exec(id.split('?')[0])?.[1];
      if (!namespace) return null;
      return { code: JSON.stringify(compileCatalogue(namespace, JSON.parse(code) as Record<string, string>)), map: null };
    },
  };
}

// The API the dev server proxies /api to; `npm run dev` in the root starts it on :3000.
const apiOrigin = process.env.API_ORIGIN ?? 'http://localhost:3000';

/**
 * With SENTRY_AUTH_TOKEN (a release build for a Sentry project), source maps are uploaded at build time, before
 * they are moved out of the served tree: Sentry shows readable stack traces, and no one else can download the maps.
 */
function sentrySourceMaps(): PluginOption[] {
  if (!process.env.SENTRY_AUTH_TOKEN) return [];
  return [
    sentryVitePlugin({
      org: process.env.SENTRY_ORG,
      project: process.env.SENTRY_PROJECT,
      authToken: process.env.SENTRY_AUTH_TOKEN,
      release: { name: process.env.VITE_SENTRY_RELEASE },
      telemetry: false,
    }),
  ];
}

export default defineConfig({
  plugins: [
    react(),
    compiledCatalogues(),
    mediaInDevelopment(),
    preloadBrandFace(),
    guestRoutePreloads(),
    ...sentrySourceMaps(),
    sourceMapsOutsideServedTree(),
    precompress(),
  ],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  server: {
    port: 5173,
    // Same origin for the browser, so the session cookie and the API's same-origin checks just work.
    proxy: { '/api': { target: apiOrigin } },
  },
  preview: { port: 4173, proxy: { '/api': { target: apiOrigin } } },
  build: {
    target: 'es2022',
    sourcemap: 'hidden',
    rollupOptions: {
      input: { index: fileURLToPath(new URL('./index.html', import.meta.url)), 'first-paint-boot': fileURLToPath(new URL(`.${BOOT_ENTRY}`, import.meta.url)) },
    },
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/testing/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    restoreMocks: true,
    // Two shared cores: a cold lazy page can take a few seconds to compile on first use.
    testTimeout: 15_000,
  },
});
