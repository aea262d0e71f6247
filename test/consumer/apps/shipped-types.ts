// Loads every shipped framework declaration file, so that the React app's tsc run (the one with
// skipLibCheck off) checks each of them under strict TypeScript; vue-tsc and svelte-check skip library files.
import type {} from 'strike-charts/types/react';
import type {} from 'strike-charts/types/svelte';
import type {} from 'strike-charts/types/vue';
