import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

export default defineConfig({
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
});
