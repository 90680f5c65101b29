import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The extraction worker loads each language as a chunk on first use: workers must be ES modules.
export default defineConfig({ worker: { format: 'es' }, plugins: [react()] });
