import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The extraction worker loads each language as a chunk of its own: Vite must build it as a module.
export default defineConfig({ plugins: [react()], worker: { format: 'es' } });
