import 'strike-charts/strike-chart.js';
import { mount } from 'svelte';
import App from './App.svelte';

mount(App, { target: document.getElementById('root')! });
