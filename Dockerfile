# The API and the job runner share one image; docker-compose.yml starts each with its own command.
# Debian's Node 20 image: sqlite3 and bcrypt build here with node-gyp when no prebuilt binary is reachable.
FROM node:20-bookworm-slim
RUN apt-get update \
  && apt-get install -y --no-install-recommends python3 make g++ ca-certificates \
  && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
# The API (dist/src/main.js) with the web pages (web/dist), and the job runner (dist/src/job-runner.js).
# Dev dependencies stay: `npm run backup`, `restore` and `db:move` run through ts-node.
RUN npm run build
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000 DATA_DIR=/data
VOLUME /data
EXPOSE 3000
USER node
CMD ["node", "dist/src/main.js"]
