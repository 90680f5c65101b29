import { esbuildPlugin } from '@web/dev-server-esbuild';
import { tsSources } from './scripts/ts-sources.mjs';

const port = Number(process.env.PORT ?? 8000);

/** `npm run demo`: serves the repository with TypeScript compiled on the fly; open /demo/index.html. `PORT=…` picks the port. */
export default {
  rootDir: '.',
  port,
  nodeResolve: true,
  middleware: [tsSources(process.cwd())],
  open: process.env.OPEN === '1' ? '/demo/index.html' : false,
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
    {
      name: 'print-demo-url',
      serverStart() {
        const pages = ['seed', 'playground', 'gallery', 'stress'].map(
          (page) => `    http://localhost:${port}/demo/${page}/index.html`,
        );
        console.log(
          `\n  news-timeline demo: http://localhost:${port}/demo/index.html\n${pages.join('\n')}\n`,
        );
      },
    },
  ],
};
