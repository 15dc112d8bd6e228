import vue from '@vitejs/plugin-vue';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * The web pages: `npm run build` writes them to web/dist, which the Nest server serves at `/`.
 * `npx vite web` serves them with hot reload and sends /api to a server on port 3000.
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [vue()],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    rollupOptions: {
      output: {
        // The UI library and the charts change rarely: their own files stay cached across releases.
        manualChunks: (id) =>
          id.includes('node_modules/echarts') || id.includes('node_modules/zrender')
            ? 'charts'
            : id.includes('node_modules/element-plus')
              ? 'ui'
              : undefined,
      },
    },
  },
  server: { proxy: { '/api': 'http://localhost:3000', '/verify': 'http://localhost:3000' } },
});
