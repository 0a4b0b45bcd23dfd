// Shape checks for the framework files and behaviour this site depends on beyond documented APIs (see UPGRADING.md).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** One dependency on an internal: what relies on it, the file, and what must still be there. */
export type Expectation = {
  /** Which part of this site depends on it, as UPGRADING.md names it. */
  owner: string;
  /** `<package>/<path inside it>` */
  file: string;
  /** Text the file must contain, each with what it means if missing. */
  contains: readonly { text: string; meaning: string }[];
};

export const EXPECTATIONS: readonly Expectation[] = [
  {
    owner: 'prefetch-once (src/plugins/prefetch-once)',
    file: '@docusaurus/core/lib/client/prefetch.js',
    contains: [
      {
        text: 'export default function prefetch(url)',
        meaning: 'the helper no longer has the signature prefetch-once/prefetch.js implements',
      },
      {
        text: "supports('prefetch')",
        meaning: 'the helper chooses between <link rel=prefetch> and a fallback differently',
      },
    ],
  },
  {
    owner: 'prefetch-once (src/plugins/prefetch-once)',
    file: '@docusaurus/core/lib/client/docusaurus.js',
    contains: [
      {
        text: "import prefetchHelper from './prefetch'",
        meaning:
          'route prefetching no longer goes through lib/client/prefetch.js, so the alias does nothing',
      },
    ],
  },
  {
    owner: 'hardware-data measurements chunk (src/plugins/hardware-data)',
    file: '@docusaurus/core/lib/client/docusaurus.js',
    contains: [
      {
        text: 'const chunkAsset = __webpack_require__.gca(chunkName);',
        meaning:
          "route prefetch no longer fetches just each route's named chunk, so the accuracy page's " +
          'measurements chunk may be prefetched again; re-measure tests/e2e/session.spec.ts',
      },
    ],
  },
  {
    owner: 'hardware-data cache group (src/plugins/hardware-data)',
    file: '@docusaurus/core/lib/webpack/base.js',
    contains: [
      {
        text: "name: 'common'",
        meaning:
          "Docusaurus's shared 'common' chunk changed; recheck which chunk takes the catalogue",
      },
    ],
  },
  {
    owner: 'mobile sidebar swizzle (src/theme/Navbar/MobileSidebar)',
    file: '@docusaurus/theme-common/lib/internal.js',
    contains: [
      {
        text: 'export { useNavbarMobileSidebar }',
        meaning: 'useNavbarMobileSidebar is no longer exported from theme-common/internal',
      },
    ],
  },
  {
    owner: 'mobile sidebar swizzle (src/theme/Navbar/MobileSidebar)',
    file: '@docusaurus/theme-common/lib/contexts/navbarMobileSidebar.js',
    contains: [
      {
        text: 'disabled, shouldRender, toggle, shown',
        meaning: 'the hook no longer returns `shown`, which the wrapper reads',
      },
    ],
  },
  {
    owner: 'mobile sidebar swizzle (src/theme/Navbar/MobileSidebar)',
    file: '@docusaurus/theme-classic/lib/theme/Navbar/MobileSidebar/index.js',
    contains: [
      {
        text: 'if (!mobileSidebar.shouldRender)',
        meaning: 'the wrapped component changed how it decides to render',
      },
    ],
  },
];

/** The folder a package is installed in (some, like theme-common, export no package.json). */
function packageRoot(pkg: string): string {
  try {
    return path.dirname(require.resolve(`${pkg}/package.json`));
  } catch {
    // Not exported: walk up from the package's entry point.
  }
  let dir = path.dirname(require.resolve(pkg));
  while (!existsSync(path.join(dir, 'package.json')) || path.basename(dir) === 'lib') {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`cannot find the folder of ${pkg}`);
    dir = parent;
  }
  return dir;
}

/** The installed copy of `<package>/<path>`. */
export function installedFile(file: string): string {
  const parts = file.split('/');
  const nameParts = parts[0]?.startsWith('@') ? 2 : 1;
  const pkg = parts.slice(0, nameParts).join('/');
  return path.join(packageRoot(pkg), ...parts.slice(nameParts));
}

/** What is wrong with `text` as the file `expectation` describes, one line per problem. */
export function shapeProblems(expectation: Expectation, text: string | null): string[] {
  if (text === null) return [`${expectation.owner}: ${expectation.file} no longer exists.`];
  return expectation.contains
    .filter((c) => !text.includes(c.text))
    .map(
      (c) =>
        `${expectation.owner}: ${expectation.file} no longer contains "${c.text}": ${c.meaning}.`,
    );
}

function readOrNull(file: string): string | null {
  try {
    return readFileSync(installedFile(file), 'utf8');
  } catch {
    return null;
  }
}

/** React majors whose handling of `dangerouslySetInnerHTML={{ __html: '' }}` was verified. */
export const VERIFIED_REACT_MAJORS: readonly number[] = [19];

/** Problems with the installed React for ServedHtml (src/components/StaticHtml). */
export function reactProblems(version: string): string[] {
  const major = Number(version.split('.')[0]);
  if (VERIFIED_REACT_MAJORS.includes(major)) return [];
  return [
    `ServedHtml (src/components/StaticHtml, used by Island and DeferredDetails) relies on React ${VERIFIED_REACT_MAJORS.join(', ')} ` +
      `keeping the server's children of an element hydrated with dangerouslySetInnerHTML={{ __html: '' }}; ` +
      `react-dom is ${version}. Run tests/unit/static-html.test.tsx and tests/e2e, then add ${major} to VERIFIED_REACT_MAJORS.`,
  ];
}

/** Every problem with the installed framework files, empty when all is as expected. */
export function frameworkProblems(): string[] {
  const reactDom = JSON.parse(readFileSync(installedFile('react-dom/package.json'), 'utf8')) as {
    version: string;
  };
  return [
    ...EXPECTATIONS.flatMap((e) => shapeProblems(e, readOrNull(e.file))),
    ...reactProblems(reactDom.version),
  ];
}

/** Throws one error listing every problem, pointing at UPGRADING.md. */
export function assertFramework(problems: readonly string[] = frameworkProblems()): void {
  if (problems.length === 0) return;
  throw new Error(
    `This site depends on framework internals that changed (see UPGRADING.md):\n  ${problems.join('\n  ')}`,
  );
}
