# WhisperGifts API image: one image for the API and for the migration command.
#
#   docker build --target runtime -t whispergifts-api .   (and --target edge for nginx with the web app)
#   docker run --rm --env-file .env whispergifts-api node apps/api/dist/database/migrate.js   # what compose's `migrate` runs
#   docker run --rm --env-file .env -p 3000:3000 whispergifts-api                             # the API
#
# No secrets are baked in: every setting comes from the environment at run time (see .env.example).
# Stages: `manifests` extracts the package.json files; `build` installs everything and compiles; `prod-deps`
# installs production dependencies only; `runtime` is the base image plus those results, run as the `node` user.

ARG NODE_IMAGE=node:24-bookworm-slim

FROM ${NODE_IMAGE} AS base
WORKDIR /app
ENV NPM_CONFIG_UPDATE_NOTIFIER=false \
    NPM_CONFIG_FUND=false \
    NPM_CONFIG_AUDIT=false

# ---------------------------------------------------------------------------------------------------------------
# Only the lockfile and every package.json (root and each npm workspace: apps/*, libs/*), in their places. npm ci
# needs all workspace manifests; collecting them here means a new workspace needs no change to this file, and the
# dependency layers below are rebuilt only when a manifest or the lockfile changes.
FROM base AS manifests
COPY . .
RUN find . ! -type d ! -name package.json ! -name package-lock.json -delete \
 && find . -mindepth 1 -type d -empty -delete

# ---------------------------------------------------------------------------------------------------------------
FROM base AS build
COPY --from=manifests /app ./
# --ignore-scripts: no install script is needed to build. It notably skips the `node` devDependency's preinstall,
# which would download a second Node 24 binary into node_modules/.bin and make npm scripts run on it instead of
# this image's node. (The other scripted packages are dev tools: @swc/core for Jest, and two that package.json's
# `allowScripts` already refuses.)
RUN npm ci --ignore-scripts
COPY . .
# Then collect in /out what the runtime takes from the build: the API's dist and each library workspace's dist
# (loaded at run time through the node_modules/@whispergifts/* workspace links), and the web app's index.html, which
# the API renders shared pages from (WEB_SHELL_FILE; the same build the edge image serves).
RUN npm run build \
 && npm run build:web \
 && mkdir /out \
 && cp -r --parents apps/api/dist apps/api/assets apps/web/dist/index.html /out/ \
 && for dist in libs/*/dist; do if [ -d "$dist" ]; then cp -r --parents "$dist" /out/; fi; done

# ---------------------------------------------------------------------------------------------------------------
FROM base AS prod-deps
COPY --from=manifests /app ./
# No production dependency has an install script; native code (@node-rs/argon2) ships as prebuilt per-platform packages.
RUN npm ci --omit=dev --ignore-scripts

# ---------------------------------------------------------------------------------------------------------------
FROM base AS runtime
ENV NODE_ENV=production \
    PORT=3000 \
    HOST=0.0.0.0
# The worker draws the names on link previews (sharp renders SVG text with the system's fonts); the slim image has none.
# poppler-utils: the worker's pdftoppm makes the PNG preview of a sheet of printed guest cards.
RUN apt-get update \
 && apt-get install -y --no-install-recommends fonts-dejavu-core poppler-utils \
 && rm -rf /var/lib/apt/lists/*
# Manifests and production node_modules (the root one and any nested in a workspace), then the compiled code.
# Files stay owned by root and read-only to the process: the API writes nothing to disk.
COPY --from=prod-deps /app ./
COPY --from=build /out ./
# The media volume is mounted here; a named volume takes this directory's owner on first use.
RUN mkdir -p /app/media && chown node:node /app/media
USER node
EXPOSE 3000
# Liveness only (/api/health answers without touching PostgreSQL or Redis); /api/health/ready checks both.
# Node's own fetch, since the slim image has no curl or wget.
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/api/health', { signal: AbortSignal.timeout(4000) }).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "apps/api/dist/main.js"]

# ---------------------------------------------------------------------------------------------------------------
# Backups (compose's `backup` service, docs/operations.md): the API image plus pg_dump and pg_restore of the
# PostgreSQL major the stack runs (15), which must not be older than the server.
FROM runtime AS backup
USER root
RUN apt-get update \
 && apt-get install -y --no-install-recommends postgresql-client-15 \
 && rm -rf /var/lib/apt/lists/* \
 && mkdir -p /backups && chown node:node /backups
USER node
HEALTHCHECK NONE
CMD ["node", "apps/api/dist/backups/cli.js", "nightly"]

# ---------------------------------------------------------------------------------------------------------------
# The edge: nginx with the built web app and the repository's nginx configuration baked in. The image renders
# templates/*.template with envsubst at start (only WG_* variables; see docker-compose.yml).
FROM nginx:1.28-alpine AS edge
COPY --from=build /app/apps/web/dist /srv/web
COPY nginx/ /etc/nginx/wg/
COPY nginx/whispergifts.conf.template /etc/nginx/templates/default.conf.template
# Before nginx starts (after the templates are rendered): refuse to start, saying why, when the workers could not
# read the web app or the media (otherwise every page is a 403 that the host check reports as "421 unknown host").
COPY nginx/check-readable-roots.sh /docker-entrypoint.d/30-whispergifts-readable-roots.sh
RUN chmod 755 /docker-entrypoint.d/30-whispergifts-readable-roots.sh

