# The dashboard's production image: `npm run start:live` (the proxy in front of Huawei's BSS, which
# refuses to start without Huawei credentials) serving the web app built in the first stage.
#
#   docker build -t newtag-dashboard .
#   docker compose -p newtag -f deploy/compose.yaml up -d      (the team setup: README.md, "Deploying with containers")
#
# Not run on the development machine (it has no Docker): neither the build nor the image's start.
# src/testing/deploy.test.ts checks what can be checked without Docker: the stages, the non-root
# numeric USER, the HEALTHCHECK (its command run against a local server), the CMD, that every path
# copied from the build context exists and passes .dockerignore, that the copied sources hold
# everything src/main/live.ts imports and that its packages are production dependencies, and the
# freshness check below (run on a copy of the final stage's files).

# 1. The web app, built with the development dependencies (Vite and its plugins).
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
# Install scripts stay off, as package.json's allowScripts decides (esbuild and msw need none).
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY index.html vite.config.ts tsconfig.json postcss.config.cjs ./
COPY public ./public
COPY src ./src
RUN npx vite build

# 2. Production dependencies only. tsx is one: the server runs its TypeScript through it.
FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force

# 3. What runs: the server's sources (what src/main/live.ts imports, and no fake BSS, no browser
# code), its dependencies and the built web app. Owned by root and read-only to the process, which
# writes only tsx's cache in /tmp, and AUDIT_LOG_FILE or LOG_FILE where set (on a volume). Its store
# is PostgreSQL via DATABASE_URL, so DATA_DIR is unused (without DATABASE_URL, PGlite would need a
# volume at DATA_DIR that user 1000 may write).
FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production HOST=0.0.0.0 PORT=8080
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY package.json tsconfig.json ./
COPY src/contract ./src/contract
COPY src/domain ./src/domain
COPY src/server ./src/server
COPY src/main/live.ts ./src/main/live.ts
COPY --from=build /app/dist/web ./dist/web
# At start the server rebuilds the web app when dist/web/index.html is older than the sources it
# was built from (src/server/web-build.ts), and Vite is not in this image. The build stage may come
# from the cache while the sources above were copied afresh with newer times, so the build is
# stamped after every copy, and the image fails to build if the server would still see it stale
# (e.g. a source file dated in the future).
RUN touch dist/web/index.html \
 && TSX_DISABLE_CACHE=1 node --import tsx --input-type=module -e "import { webBuildIsStale } from './src/server/web-build.ts'; if (webBuildIsStale('.', 'dist/web')) { console.error('dist/web is older than its sources: the server would try to rebuild it at start'); process.exit(1); }"
# The node image's own unprivileged user, by number so that runAsNonRoot-style checks can verify it.
USER 1000:1000
EXPOSE 8080
# Readiness as the load balancer sees it; node's fetch, as the slim image has no curl or wget.
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 8080) + '/api/ready', { signal: AbortSignal.timeout(4000) }).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "--import", "tsx", "src/main/live.ts"]
