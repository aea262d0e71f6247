import { createApp } from 'vue';
import { App, isCustomElement } from './App.js';

const report = {
  date: '2024-11-13',
  regions: 8,
  source: { name: 'Ukrainian Air Force' },
  weapons: [
    { kind: 'missile', label: 'Ballistic and cruise missiles', launched: 6, downed: 4 },
    { kind: 'drone', label: 'Drones', launched: 90, downed: 37, jammed: 47 },
  ],
};

const app = createApp(App, { report });
app.config.compilerOptions.isCustomElement = isCustomElement;
app.mount('#app');
