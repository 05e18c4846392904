# syntax=docker/dockerfile:1
# Next Steps in three images from one build (compose.yaml uses all three):
#   web    the standalone server (node server.js), nothing else
#   tasks  migrate, seed and the worker: the bundled scripts with production dependencies only
#   proxy  nginx with deploy/nginx/next-steps.conf and the pre-compressed static files
# AUTH_URL is a build argument because prerendered articles carry their
# canonical and Open Graph URLs (docs/operations.md).

ARG NODE_IMAGE=node:24-bookworm-slim

FROM ${NODE_IMAGE} AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
ARG AUTH_URL
RUN test -n "$AUTH_URL" || { echo "Build with --build-arg AUTH_URL=https://your.site" >&2; exit 1; }
RUN AUTH_URL="$AUTH_URL" npm run build

FROM ${NODE_IMAGE} AS production-dependencies
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund

FROM ${NODE_IMAGE} AS web
WORKDIR /app
# HOSTNAME: Docker sets it to the container's id, and server.js listens on it.
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000 HOSTNAME=0.0.0.0
# The server writes its image cache under .next/cache, so the node user owns the tree.
COPY --from=build --chown=node:node /app/.next/standalone ./
USER node
EXPOSE 3000
CMD ["node", "server.js"]

FROM ${NODE_IMAGE} AS tasks
WORKDIR /app
ENV NODE_ENV=production
COPY --from=production-dependencies /app/node_modules ./node_modules
COPY --from=build /app/package.json ./
COPY --from=build /app/dist ./dist
COPY --from=build /app/lib/db/migrations ./lib/db/migrations
USER node
# The worker by default; `node dist/scripts/db-migrate.mjs` and `db-seed.mjs` for the one-off tasks.
CMD ["node", "--enable-source-maps", "dist/scripts/worker.mjs"]

FROM nginx:1.28-alpine AS proxy
RUN rm -f /etc/nginx/conf.d/default.conf
COPY deploy/nginx/next-steps.conf deploy/nginx/redirect-http.conf /etc/nginx/conf.d/
COPY deploy/nginx/upstream-compose.conf /etc/nginx/next-steps/upstream.conf
COPY deploy/nginx/site-tls.conf /etc/nginx/next-steps/site.conf
COPY --from=build /app/.next/standalone/.next/static /srv/next-steps/_next/static
