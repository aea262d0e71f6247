// `npm run fuzz`: the browser property tests alone, with FUZZ_RUNS runs each (read by the test server), and
// time for them: 10,000 runs per property take minutes.
import config from './web-test-runner.config.mjs';

export default { ...config, files: ['test/browser/fuzz.test.ts'], testsFinishTimeout: 60 * 60 * 1000 };
