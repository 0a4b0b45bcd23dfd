// Bare Docusaurus classic site for the benchmark: one docs page, local search, no customisation.
// The only deviation from the classic template is `future.faster`, which the handbook also uses, so
// the comparison is about what the handbook adds, not about the bundler.
export default {
  title: 'Bare site',
  tagline: 'A Docusaurus classic site with nothing added',
  url: 'http://localhost:3000',
  baseUrl: '/',
  trailingSlash: true,
  future: { v4: true, faster: true },
  onBrokenLinks: 'throw',
  i18n: { defaultLocale: 'en', locales: ['en'] },
  presets: [
    [
      'classic',
      {
        docs: { routeBasePath: '/', sidebarPath: './sidebars.mjs' },
        blog: false,
        pages: false,
      },
    ],
  ],
  themes: [
    [
      '@easyops-cn/docusaurus-search-local',
      { hashed: true, indexBlog: false, docsRouteBasePath: '/' },
    ],
  ],
  themeConfig: {
    navbar: {
      title: 'Bare site',
      items: [{ type: 'docSidebar', sidebarId: 'docs', position: 'left', label: 'Docs' }],
    },
    footer: { style: 'dark', copyright: 'Bare site for benchmarking.' },
  },
};
