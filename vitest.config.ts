import { configDefaults, defineConfig } from 'vitest/config';

/**
 * Tests mirror the layers. The package's tests run on small fixture sites inside it, one folder per
 * scenario (packages/starlight-guidebook/__tests__/<scenario>/): `*.build.test.ts` build a fixture
 * site with `astro build`, the other `*.test.ts` there are unit tests. This site's tests are in
 * tests/: unit (its tools and content), build (the real dist/), e2e (Chromium on dist/).
 */
const packageBuildTests = 'packages/*/__tests__/**/*.build.test.ts';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['packages/*/__tests__/**/*.test.ts', 'tests/unit/**/*.test.ts'],
          exclude: [...configDefaults.exclude, packageBuildTests, '**/.cache/**'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'build',
          include: [packageBuildTests, 'tests/build/**/*.test.ts'],
          exclude: [...configDefaults.exclude, '**/.cache/**'],
          environment: 'node',
          testTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One browser at a time: the machines have two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
