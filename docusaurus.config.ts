// Site configuration: docs at the root, offline search, KaTeX, llms.txt and the hardware data files.
import type { Config } from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import frameworkGuardsPlugin from './src/plugins/framework-guards';
import hardwareDataPlugin from './src/plugins/hardware-data';
import prefetchOncePlugin from './src/plugins/prefetch-once';
import codeHighlightPlugin, { rehypeHighlightCode } from './src/plugins/code-highlight';
import islandsPlugin from './src/plugins/islands';
import searchIndexPlugin from './src/plugins/search-index';
import markdownTwinsPlugin from './src/plugins/markdown-twins';
import rehypeFocusableMath from './src/plugins/rehype-focusable-math';
import remarkCheckIds from './src/plugins/remark-check-ids';

// Where the site will be hosted; only canonical URLs and the sitemap use it.
const LOCAL_SITE_URL = 'http://localhost:3000';
const siteUrl = process.env.SITE_URL || LOCAL_SITE_URL;
// Say so once per build (the env flag also covers workers and config reloads).
if (!process.env.SITE_URL && process.argv.includes('build') && !process.env.SITE_URL_NOTICE_SHOWN) {
  process.env.SITE_URL_NOTICE_SHOWN = '1';
  console.warn(
    `[site] SITE_URL is not set: canonical links and the sitemap will use ${LOCAL_SITE_URL}. ` +
      'For a deployment, build with SITE_URL=https://your.host npm run build (see the README).',
  );
}

const config: Config = {
  title: 'Where LLM inference runs',
  tagline: 'Hardware and environments for serving large language models, with the arithmetic shown',
  favicon: 'img/favicon.svg',
  url: siteUrl,
  baseUrl: '/',
  trailingSlash: true,

  future: {
    v4: true,
    faster: true,
  },

  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  onDuplicateRoutes: 'throw',
  markdown: {
    hooks: {
      onBrokenMarkdownLinks: 'throw',
      onBrokenMarkdownImages: 'throw',
    },
  },

  i18n: { defaultLocale: 'en', locales: ['en'] },

  presets: [
    [
      'classic',
      {
        docs: {
          routeBasePath: '/',
          sidebarPath: './sidebars.ts',
          remarkPlugins: [remarkMath, remarkCheckIds],
          rehypePlugins: [rehypeKatex, rehypeFocusableMath, rehypeHighlightCode],
          showLastUpdateTime: false,
          breadcrumbs: true,
        },
        blog: false,
        pages: false,
        theme: {
          customCss: './src/css/custom.css',
        },
        sitemap: {
          changefreq: 'monthly',
          ignorePatterns: ['/search/**'],
        },
      } satisfies Preset.Options,
    ],
  ],

  // The offline search: a chunked index written after the build, /search/, highlighting
  // (src/plugins/search-index).
  themes: [searchIndexPlugin],

  plugins: [
    frameworkGuardsPlugin,
    hardwareDataPlugin,
    prefetchOncePlugin,
    codeHighlightPlugin,
    islandsPlugin,
    // index.md beside every page's index.html, rendered from the built article.
    markdownTwinsPlugin,
    [
      'docusaurus-plugin-llms',
      {
        docsDir: 'docs',
        generateLLMsTxt: true,
        generateLLMsFullTxt: true,
        title: 'Where LLM inference runs',
        description:
          'A handbook on the hardware (CPUs, GPUs, TPUs, other accelerators) and environments (cloud, on-prem, edge) that serve large language models.',
        excludeImports: true,
        removeDuplicateHeadings: true,
        // The home page is a map of links; the chapters follow in the sidebar's reading order.
        ignoreFiles: ['docs/index.mdx'],
        includeOrder: [
          'docs/hardware/where-is-llm-inference-run.mdx',
          'docs/hardware/cpus.mdx',
          'docs/hardware/gpus.mdx',
          'docs/hardware/tpus.mdx',
          'docs/hardware/other-accelerators.mdx',
          'docs/hardware/numeric-formats.mdx',
          'docs/hardware/multi-device-serving.mdx',
          'docs/hardware/choosing-hardware.mdx',
          'docs/hardware/compare.mdx',
          'docs/hardware/catalogue.mdx',
          'docs/hardware/accuracy.mdx',
          'docs/deployment/index.mdx',
          'docs/deployment/cloud.mdx',
          'docs/deployment/on-prem.mdx',
          'docs/deployment/edge.mdx',
          'docs/infrastructure-and-operations/index.mdx',
          'docs/infrastructure-and-operations/serving-stack.mdx',
          'docs/infrastructure-and-operations/scaling-and-cold-starts.mdx',
          'docs/infrastructure-and-operations/observability.mdx',
          'docs/infrastructure-and-operations/cost-management.mdx',
          'docs/serving/serving-under-load.mdx',
          'docs/serving/prefix-caching-and-long-context.mdx',
          'docs/serving/speculative-decoding.mdx',
          'docs/serving/rack-scale-systems.mdx',
        ],
      },
    ],
  ],

  themeConfig: {
    metadata: [
      {
        name: 'keywords',
        content: 'LLM inference hardware, GPU, TPU, CPU, deployment, inference cost',
      },
    ],
    colorMode: {
      defaultMode: 'light',
      respectPrefersColorScheme: true,
      disableSwitch: false,
    },
    docs: {
      sidebar: { hideable: true, autoCollapseCategories: false },
    },
    navbar: {
      title: 'Where LLM inference runs',
      logo: {
        alt: 'Handbook logo: a chip',
        src: 'img/favicon.svg',
        width: 32,
        height: 32,
      },
      items: [
        { type: 'docSidebar', sidebarId: 'handbook', position: 'left', label: 'Handbook' },
        { to: '/compare/', label: 'Compare hardware', position: 'left' },
        { href: 'pathname:///hardware.json', label: 'Data', position: 'right', target: '_self' },
      ],
    },
    footer: {
      style: 'dark',
      links: [
        {
          title: 'Handbook',
          items: [
            { label: 'Where is LLM inference run?', to: '/where-is-llm-inference-run/' },
            { label: 'Choosing hardware', to: '/hardware/choosing-hardware/' },
            { label: 'Deployment environments', to: '/deployment/' },
            { label: 'Infrastructure and operations', to: '/infrastructure-and-operations/' },
          ],
        },
        {
          title: 'Data',
          items: [
            {
              label: 'Hardware catalogue (JSON)',
              href: 'pathname:///hardware.json',
              target: '_self',
            },
            {
              label: 'Hardware catalogue (CSV)',
              href: 'pathname:///hardware.csv',
              target: '_self',
            },
            { label: 'llms.txt', href: 'pathname:///llms.txt', target: '_self' },
          ],
        },
      ],
      copyright: 'Figures are dense peaks per chip, in GB = 10^9 bytes, each linked to its source.',
    },
    tableOfContents: { minHeadingLevel: 2, maxHeadingLevel: 3 },
  } satisfies Preset.ThemeConfig,
};

export default config;
