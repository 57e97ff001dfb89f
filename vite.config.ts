import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// base './' keeps every asset URL relative to the page: the app only ever loads from its own origin.
export default defineConfig({
  base: './',
  plugins: [react()],
  build: { target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 2500 },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
