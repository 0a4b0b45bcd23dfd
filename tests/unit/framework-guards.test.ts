// The checks on framework internals (UPGRADING.md): the installed versions pass, and each check fails, naming the change, on a file that differs.
import { readFileSync } from 'node:fs';
import type { Configuration } from 'webpack';
import { describe, expect, it } from 'vitest';
import {
  EXPECTATIONS,
  assertFramework,
  frameworkProblems,
  installedFile,
  reactProblems,
  shapeProblems,
} from '../../src/plugins/framework-guards/checks';
import { CATALOGUE_PRIORITY, cacheGroupProblems } from '../../src/plugins/hardware-data';

/** Docusaurus 3.10's client splitChunks, as lib/webpack/base.js builds it. */
function docusaurusConfig(common: object | undefined): Configuration {
  return {
    optimization: {
      splitChunks: {
        cacheGroups: {
          default: false,
          ...(common ? { common } : {}),
          styles: { name: 'styles', type: 'css/mini-extract', chunks: 'all', priority: 50 },
        },
      },
    },
  };
}

describe('framework guards', () => {
  it('find nothing wrong with the installed Docusaurus and React', () => {
    expect(frameworkProblems()).toEqual([]);
    expect(() => assertFramework()).not.toThrow();
  });

  it.each(EXPECTATIONS.flatMap((e) => e.contains.map((c) => [e.file, c.text, e] as const)))(
    'fail, naming %s, when it loses %j',
    (file, text, expectation) => {
      const changed = readFileSync(installedFile(file), 'utf8').replaceAll(text, '');
      const problems = shapeProblems(expectation, changed);
      expect(problems).toHaveLength(1);
      expect(problems[0]).toContain(file);
      expect(problems[0]).toContain(expectation.owner);
    },
  );

  it('fail when a file is gone, and the build stops with every problem listed', () => {
    const [first] = EXPECTATIONS;
    if (!first) throw new Error('no expectations');
    const problems = shapeProblems(first, null);
    expect(problems).toEqual([`${first.owner}: ${first.file} no longer exists.`]);
    expect(() => assertFramework(problems)).toThrow(/UPGRADING\.md[\s\S]*no longer exists/);
  });

  it('accept React 19 and stop at another major until someone verifies ServedHtml on it', () => {
    expect(reactProblems('19.3.1')).toEqual([]);
    const [problem] = reactProblems('20.0.0');
    expect(problem).toContain("dangerouslySetInnerHTML={{ __html: '' }}");
    expect(problem).toContain('react-dom is 20.0.0');
  });
});

describe('the catalogue cache group', () => {
  it('accepts Docusaurus 3.10’s common group (priority 40, no test of its own)', () => {
    const common = { name: 'common', minChunks: 7, priority: 40 };
    expect(CATALOGUE_PRIORITY).toBe(45);
    expect(cacheGroupProblems(docusaurusConfig(common))).toEqual([]);
  });

  it('stops the build when the common group is gone, outranks the catalogue or has a test', () => {
    expect(cacheGroupProblems(docusaurusConfig(undefined))[0]).toMatch(/no 'common' cache group/);
    expect(cacheGroupProblems(docusaurusConfig({ name: 'common', priority: 60 }))[0]).toMatch(
      /priority 60, not below the catalogue group's 45/,
    );
    expect(
      cacheGroupProblems(docusaurusConfig({ name: 'common', priority: 40, test: /x/ }))[0],
    ).toMatch(/now has its own test/);
  });
});
