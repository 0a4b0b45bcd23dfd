// Lint rules: typescript-eslint's recommended and type-aware checks, React hooks, jsx-a11y, Docusaurus rules and browser compatibility of shipped code.
import docusaurus from '@docusaurus/eslint-plugin';
import compat from 'eslint-plugin-compat';
import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const docusaurusNoHtmlLinks = docusaurus.rules['no-html-links'];

/** True for href={x.url}: a catalogue source, whose schema requires an https URL. */
function isSourceUrl(node) {
  const href = node.attributes?.find((a) => a.type === 'JSXAttribute' && a.name.name === 'href');
  const expression = href?.value?.type === 'JSXExpressionContainer' ? href.value.expression : null;
  return (
    expression?.type === 'MemberExpression' &&
    !expression.computed &&
    expression.property.name === 'url'
  );
}

/**
 * Docusaurus's no-html-links, minus links to a catalogue source (`href={source.url}`): those
 * leave the site, and @docusaurus/Link would add target="_blank" to each. Every other raw <a>,
 * above all an internal one that the broken-link checker and baseUrl would miss, is reported.
 */
const noInternalHtmlLinks = {
  meta: docusaurusNoHtmlLinks.meta,
  defaultOptions: docusaurusNoHtmlLinks.defaultOptions,
  create(context) {
    const filtered = Object.create(context, {
      report: {
        value: (descriptor) => {
          if (!isSourceUrl(descriptor.node)) context.report(descriptor);
        },
      },
    });
    return docusaurusNoHtmlLinks.create(filtered);
  },
};

export default tseslint.config(
  {
    ignores: [
      'build/',
      '.docusaurus/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      'perf-report/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  // Accessibility of JSX (labels, roles, alt text) and Docusaurus rules (internal links through
  // @docusaurus/Link, headings through @theme/Heading, literal i18n messages).
  {
    files: ['src/**/*.tsx'],
    ...jsxA11y.flatConfigs.recommended,
  },
  {
    files: ['src/**/*.tsx'],
    rules: {
      // A scrolling region must take focus so keyboard users can scroll it (axe:
      // scrollable-region-focusable); ScrollRegion gives it role="region" and a label.
      'jsx-a11y/no-noninteractive-tabindex': [
        'error',
        { tags: [], roles: ['tabpanel', 'region'], allowExpressionValues: true },
      ],
    },
  },
  {
    files: ['src/**/*.tsx'],
    plugins: {
      '@docusaurus': docusaurus,
      local: { rules: { 'no-html-links': noInternalHtmlLinks } },
    },
    rules: {
      ...docusaurus.configs.recommended.rules,
      '@docusaurus/no-html-links': 'off',
      'local/no-html-links': 'error',
    },
  },
  {
    // Headings inside widgets (device cards, worked examples) are not page sections and need no
    // anchor link, which is all @theme/Heading adds; pages and theme files keep the rule.
    files: ['src/components/**/*.tsx'],
    rules: { '@docusaurus/prefer-docusaurus-heading': 'off' },
  },
  {
    // The first Intl object a page builds loads ICU's locale data (18 ms here, several times that
    // on a phone) during hydration; lib/format/units.ts prints en-US numbers without it.
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-properties': [
        'error',
        ...['NumberFormat', 'PluralRules', 'Collator', 'DateTimeFormat'].map((property) => ({
          object: 'Intl',
          property,
          message:
            'Use formatDecimal from src/lib/format/units.ts (Intl loads ICU data on first use).',
        })),
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: 'CallExpression[callee.property.name=/^(toLocaleString|localeCompare)$/]',
          message:
            'Use formatDecimal (numbers) or a plain comparison: these load ICU data on first use.',
        },
      ],
    },
  },
  // Type-aware checks: a promise nobody awaits or catches, and `any` leaking through a call,
  // an assignment, a member access or a return.
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': [
        'error',
        { checksVoidReturn: { attributes: false } },
      ],
      '@typescript-eslint/no-unsafe-argument': 'error',
      '@typescript-eslint/no-unsafe-assignment': 'error',
      '@typescript-eslint/no-unsafe-call': 'error',
      '@typescript-eslint/no-unsafe-member-access': 'error',
      '@typescript-eslint/no-unsafe-return': 'error',
    },
  },
  // Code that ships to browsers uses only APIs the browserslist ("production" in package.json)
  // supports, or checks for them first.
  {
    files: [
      'src/{components,data,lib,theme,workers}/**/*.{ts,tsx}',
      'src/plugins/prefetch-once/prefetch.js',
      'src/plugins/search-index/client/**/*.ts',
    ],
    ...compat.configs['flat/recommended'],
  },
  {
    files: ['scripts/**/*.{js,mjs}', '*.mjs'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { globals: globals.node, sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
