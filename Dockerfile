# The API and the job runner share one image; docker-compose.yml starts each with its own command.
# Two stages: the build (dev dependencies, compilers for sqlite3's native module) and the image that
# runs, which holds only the production dependencies and what the build produced. Node 24 LTS
# (Node 20 reached its end of life in April 2026); sqlite3 builds for it from source if needed.
FROM node:24-bookworm-slim AS build
RUN apt-get update \
  && apt-get install -y --no-install-recommends python3 make g++ ca-certificates \
  && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
# The API (dist/src/main.js) with the web pages (web/dist), the job runner (dist/src/job-runner.js)
# and the commands (dist/src/cli/main.js: backup, restore, db:move, migrate, openapi). Then the dev
# dependencies go; sqlite3's compiled module stays as it was built here.
RUN npm run build && npm prune --omit=dev --no-audit --no-fund

FROM node:24-bookworm-slim
# pg_dump and pg_restore for `backup` and `restore` on PostgreSQL.
RUN apt-get update \
  && apt-get install -y --no-install-recommends postgresql-client ca-certificates \
  && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app/package.json /app/package-lock.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/web/dist ./web/dist
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000 DATA_DIR=/data
RUN mkdir -p /data && chown node:node /data
VOLUME /data
EXPOSE 3000
USER node
# A command: docker compose exec api node dist/src/cli/main.js backup
CMD ["node", "dist/src/main.js"]
