import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The renderer only. main/ is bundled by scripts/build-electron.ts; better-sqlite3 never reaches the browser.
export default defineConfig({
  root: 'renderer',
  base: './', // loaded from file:// in Electron and from / in the preview host
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome120',
    sourcemap: true,
    rollupOptions: { external: ['better-sqlite3', 'electron'] },
  },
});
