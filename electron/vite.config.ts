// Builds the Node side into dist/electron/, in four builds because their formats differ:
// - node:    launcher.js and browser-mode.js, ES modules (package.json has "type": "module");
// - main:    main.cjs, Electron's main process, CommonJS;
// - preload: preload.cjs, CommonJS in one self-contained file, because a sandboxed preload may
//            require nothing but 'electron';
// - worker:  exchange-worker.js, the exchange's worker thread (host/exchange/off-thread.ts finds
//            it by this name), one self-contained ES module.
// Native and platform modules stay external; zod, i18next and shared/ are bundled in.
// The renderer is built on its own by renderer/vite.config.ts into dist/renderer.
import { rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type EnvironmentOptions } from 'vite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'dist', 'electron');
const fromRoot = (file: string) => path.join(root, file);

const EXTERNAL = [
  'electron',
  'better-sqlite3',
  'better-sqlite3-multiple-ciphers',
  'argon2',
  // pdfkit reads its data files (fonts' metrics, colour profile) next to its own code.
  'pdfkit',
  // One xmldom for everyone: graphology's GraphML and GEXF readers check \`instanceof Document\`
  // against the xmldom they require, so the documents parsed by electron/cli/graphml.ts must come
  // from that same module instance, not from a copy inlined in the bundle.
  '@xmldom/xmldom',
  ...builtinModules,
  /^node:/,
];

interface NodeBuild {
  input: Record<string, string>;
  format: 'es' | 'cjs';
  extension: 'js' | 'cjs';
  /** Inline everything into each entry (no shared chunks): the preload's requirement. */
  singleFile?: boolean;
}

function nodeEnvironment({ input, format, extension, singleFile }: NodeBuild): EnvironmentOptions {
  return {
    consumer: 'server',
    resolve: { noExternal: true },
    build: {
      outDir,
      emptyOutDir: false,
      target: 'node20',
      minify: false,
      sourcemap: true,
      copyPublicDir: false,
      reportCompressedSize: false,
      rolldownOptions: {
        input,
        external: EXTERNAL,
        output: {
          format,
          entryFileNames: `[name].${extension}`,
          chunkFileNames: `chunks/[name]-[hash].${extension}`,
          ...(singleFile ? { codeSplitting: false } : {}),
        },
      },
    },
  };
}

export default defineConfig({
  root,
  publicDir: false,
  logLevel: 'warn',
  environments: {
    node: nodeEnvironment({
      input: {
        launcher: fromRoot('electron/launcher.ts'),
        'browser-mode': fromRoot('electron/browser-mode/main.ts'),
      },
      format: 'es',
      extension: 'js',
    }),
    main: nodeEnvironment({
      input: { main: fromRoot('electron/main.ts') },
      format: 'cjs',
      extension: 'cjs',
    }),
    preload: nodeEnvironment({
      input: { preload: fromRoot('electron/preload.ts') },
      format: 'cjs',
      extension: 'cjs',
      singleFile: true,
    }),
    worker: nodeEnvironment({
      input: { 'exchange-worker': fromRoot('electron/host/exchange/exchange-worker.ts') },
      format: 'es',
      extension: 'js',
      singleFile: true,
    }),
  },
  builder: {
    async buildApp(builder) {
      // One clean folder for the four builds; each build then only adds its own files.
      rmSync(outDir, { recursive: true, force: true });
      for (const name of ['node', 'main', 'preload', 'worker']) {
        const environment = builder.environments[name];
        if (environment === undefined) throw new Error(`No build environment named ${name}`);
        await builder.build(environment);
      }
    },
  },
});
