import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * The allowed import graph, written down once (docs/architecture.md draws it): each lib may import only
 * the libs listed for it; apps may import any lib but never each other; no lib imports an app.
 */
const LIB_DEPENDENCIES = {
  common: ['config'],
  config: [],
  persistence: ['common', 'config'],
  events: ['common', 'config'],
  messaging: ['common', 'config', 'events'],
  delivery: ['common', 'config', 'persistence', 'events'],
};
const LIBS = Object.keys(LIB_DEPENDENCIES);

/** Relative imports that climb out of their root (apps/x, libs/x): use the @app/… alias instead. */
const ACROSS_ROOTS = {
  regex: '^(\\.\\./)+(.*/)?(apps|libs)/',
  message: 'Import across roots through the path alias (@app/<lib>), not a relative path.',
};
const APP_IMPORT = {
  regex: '^(\\.\\./)+(.*/)?(apps/)?(ingest|dispatcher)/src/',
  message: 'Libs never import apps, and apps never import each other: move shared code into a lib.',
};

function libBoundaries(lib) {
  const forbidden = LIBS.filter((other) => other !== lib && !LIB_DEPENDENCIES[lib].includes(other));
  return {
    files: [`libs/${lib}/**/*.ts`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ACROSS_ROOTS,
            APP_IMPORT,
            ...(forbidden.length
              ? [
                  {
                    group: forbidden.flatMap((other) => [`@app/${other}`, `@app/${other}/*`]),
                    message: `libs/${lib} may import only: ${LIB_DEPENDENCIES[lib].join(', ') || 'no other lib'}.`,
                  },
                ]
              : []),
          ],
        },
      ],
    },
  };
}

function appBoundaries(app, other) {
  return {
    files: [`apps/${app}/**/*.ts`],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [ACROSS_ROOTS, { regex: `^(\\.\\./)+(.*/)?${other}/`, message: `apps/${app} never imports apps/${other}: move shared code into a lib.` }] },
      ],
    },
  };
}

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'apps/ingest/settings-ui/dist/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        require: 'readonly',
        module: 'writable',
        __dirname: 'readonly',
        Buffer: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        setInterval: 'readonly',
        clearInterval: 'readonly',
        performance: 'readonly',
        fetch: 'readonly',
        URL: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-require-imports': 'off',
      'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'Read configuration through AppConfig (libs/config).' }],
    },
  },
  ...LIBS.map(libBoundaries),
  appBoundaries('ingest', 'dispatcher'),
  appBoundaries('dispatcher', 'ingest'),
  {
    // The config module is the one place that reads process.env; scripts, bench and tests set env for children.
    files: ['libs/config/**', 'scripts/**', 'bench/**', 'test/**'],
    rules: { 'no-restricted-properties': 'off' },
  },
  {
    // Tests poke into loosely typed JSON payloads.
    files: ['test/**', '**/*.spec.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
