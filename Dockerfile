FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build:ui
EXPOSE 8080
CMD ["node", "bin/ytterby.js", "start"]
