import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// Resolved from this file so the build works from any working directory (and without node:* imports,
// which the lint rules keep out of ui/).
const root = decodeURIComponent(new URL(".", import.meta.url).pathname);

export default defineConfig({
  root,
  plugins: [react()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    // bench.html is bare sigma.js on the same page setup, the baseline of bench/rendering.ts.
    rollupOptions: { input: { main: `${root}index.html`, bench: `${root}bench.html` } },
  },
  // The API runs as its own process in development (`ytterby serve --port 8080`).
  server: { proxy: { "/api": "http://127.0.0.1:8080" } },
});
