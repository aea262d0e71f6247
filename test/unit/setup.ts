// The built-in Ukrainian words load on first use (an element waits for them); tests of them load them first.
import { loadLanguage } from '../../src/i18n/format.js';

await loadLanguage('uk');
