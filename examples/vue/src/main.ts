import { createApp } from 'vue';
// Registers <news-timeline> and <timeline-event>.
import 'news-timeline';
// Types only: vue-tsc checks the elements' props and listeners in templates.
import type {} from 'news-timeline/vue';
import App from './App.vue';

createApp(App).mount('#app');
