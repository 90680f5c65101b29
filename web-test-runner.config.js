import { esbuildPlugin } from '@web/dev-server-esbuild';
import { tsSources } from './scripts/ts-sources.mjs';
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs';
import { slowSources } from './test/browser/server/slow-sources.js';
import { bigSources } from './test/browser/server/big-sources.js';

export default {
  files: 'test/browser/**/*.test.ts',
  nodeResolve: true,
  rootDir: '.',
  middleware: [tsSources(process.cwd()), slowSources(), bigSources()],
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: chromiumPath,
        args: chromiumArgs,
      },
    }),
  ],
  testFramework: { config: { timeout: 10000 } },
  concurrency: 1,
};
