import { createApp } from 'vue';
// Registers <news-timeline> and <timeline-event>.
import 'news-timeline';
import App from './App.vue';

createApp(App).mount('#app');
