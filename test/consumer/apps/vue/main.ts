import 'strike-charts/strike-chart.js';
import { createApp } from 'vue';
import App from './App.vue';

createApp(App).mount('#root');
