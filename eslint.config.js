// Lint rules, including the import boundaries of DEVELOPERS.md:
// shared/ imports nothing from Node, the DOM or Electron; db/ imports shared/ and
// better-sqlite3-multiple-ciphers (better-sqlite3 with encryption) only;
// renderer/ never imports db/ or electron/; the browser-mode and host code never import Electron.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

const restrict = (...groups) => ({
  'no-restricted-imports': ['error', { patterns: groups }],
});

const noNode = { group: nodeBuiltins, message: 'This folder may not import Node built-ins.' };
const noElectron = {
  group: ['electron'],
  message: 'Only electron/ (outside host/ and browser-mode/) imports Electron.',
};
const noDb = { group: ['**/db/**', '**/db'], message: 'Only the host side imports db/.' };
const noRenderer = { group: ['**/renderer/**'], message: 'Nothing imports the renderer.' };
const noElectronFolder = {
  group: ['**/electron/**'],
  message: 'The renderer and the store never import electron/.',
};
const noSqlite = {
  group: ['better-sqlite3', 'better-sqlite3-multiple-ciphers'],
  message: 'Only db/ talks to SQLite.',
};
const noUi = {
  group: ['react', 'react-dom', 'react-dom/*', 'cytoscape', 'cytoscape-*', 'react-i18next'],
  message: 'No UI libraries here.',
};

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'coverage/**', 'test/artefacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'smart'],
    },
  },
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    languageOptions: { globals: {} },
    rules: restrict(noNode, noElectron, noDb, noRenderer, noElectronFolder, noSqlite, noUi),
  },
  {
    files: ['db/**/*.ts'],
    ignores: ['db/**/*.test.ts'],
    rules: restrict(noNode, noElectron, noRenderer, noElectronFolder, noUi, {
      group: ['better-sqlite3'],
      message:
        'db/ opens SQLite through better-sqlite3-multiple-ciphers only: plain better-sqlite3 cannot read the encrypted file.',
    }),
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...restrict(noNode, noElectron, noDb, noElectronFolder, noSqlite),
    },
  },
  {
    files: ['renderer/vite.config.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['electron/host/**/*.ts', 'electron/browser-mode/**/*.ts'],
    rules: restrict(noElectron, noRenderer),
  },
  {
    files: ['electron/*.ts'],
    rules: restrict(noRenderer),
  },
);
