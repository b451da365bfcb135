/**
 * Jest runs the tests as native ESM (see the test script's NODE_OPTIONS); swc strips the
 * types. The CLI test spawns dist/cli.js, which the test script builds first.
 */
export default {
  testEnvironment: 'node',
  testMatch: ['**/test/**/*.spec.ts'],
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' } }],
  },
  testTimeout: 30_000,
};
