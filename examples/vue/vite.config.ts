import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

export default defineConfig({
  // The extraction worker loads each language as a chunk on first use: workers must be ES modules.
  worker: { format: 'es' },
  plugins: [
    vue({
      template: {
        compilerOptions: {
          // <news-timeline> and <timeline-event> are custom elements, not Vue components.
          isCustomElement: (tag) => tag === 'news-timeline' || tag === 'timeline-event',
        },
      },
    }),
  ],
  // The extraction worker loads each language as a chunk of its own: Vite must build it as a module.
  worker: { format: 'es' },
});
