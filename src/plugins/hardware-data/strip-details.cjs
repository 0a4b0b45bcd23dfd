// Browser builds only: leaves device notes and the catalogue's change list out of src/data/hardware, so the chunk most pages load holds the figures.
// The server build keeps them (the HTML prints them); in the browser they load from /hardware.json
// on the pages that print them (src/components/useCatalogueDetails). Run as a webpack/rspack
// loader before TypeScript is compiled, on the source text, so the data files stay as written.
const path = require('node:path');
const ts = require('typescript');

/** The flag in index.ts that tells components whether the details are in this bundle. */
const FLAG = 'DETAILS_IN_BUNDLE';
const CHANGES = 'catalogueChanges';

function nameOf(node, file) {
  return node.name && (ts.isIdentifier(node.name) || ts.isStringLiteral(node.name))
    ? node.name.text
    : node.name?.getText(file);
}

/** True for an object literal that is a device entry (an id and a memory bandwidth; `cite` has no id). */
function isDeviceLiteral(node, file) {
  if (!ts.isObjectLiteralExpression(node)) return false;
  const names = node.properties.map((p) => nameOf(p, file));
  return names.includes('id') && names.includes('memoryBandwidthGBs');
}

/**
 * Returns the source with every device entry's `notes` replaced by '', the change list by [],
 * and the flag by false; `counts` says how many of each it replaced.
 */
function stripDetails(source, fileName) {
  const file = ts.createSourceFile(
    fileName,
    source,
    ts.ScriptTarget.Latest,
    true,
    ts.ScriptKind.TS,
  );
  const edits = [];
  const counts = { devices: 0, notes: 0, changes: 0, flag: 0 };
  const replace = (node, text) => edits.push([node.getStart(file), node.getEnd(), text]);
  const visit = (node) => {
    if (isDeviceLiteral(node, file)) {
      counts.devices += 1;
      for (const p of node.properties) {
        if (ts.isPropertyAssignment(p) && nameOf(p, file) === 'notes') {
          counts.notes += 1;
          replace(p.initializer, "''");
        }
      }
    }
    if (ts.isVariableDeclaration(node) && node.initializer) {
      const name = nameOf(node, file);
      if (name === CHANGES) {
        counts.changes += 1;
        replace(node.initializer, '[]');
      } else if (name === FLAG) {
        counts.flag += 1;
        replace(node.initializer, 'false');
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  let out = source;
  for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) {
    out = out.slice(0, start) + text + out.slice(end);
  }
  return { source: out, counts };
}

/** The loader: fails the build, naming the file, when a device entry keeps its notes. */
module.exports = function stripDetailsLoader(source) {
  const fileName = this.resourcePath;
  const { source: out, counts } = stripDetails(source, fileName);
  const problems = [];
  if (counts.notes !== counts.devices) {
    problems.push(
      `${counts.devices} device entries but ${counts.notes} notes found: an entry without a literal ` +
        '`notes` property would ship its notes to every page.',
    );
  }
  if (path.basename(fileName) === 'index.ts' && counts.flag !== 1) {
    problems.push(`index.ts must declare ${FLAG} once (found ${counts.flag}).`);
  }
  if (path.basename(fileName) === 'changes.ts' && counts.changes !== 1) {
    problems.push(`changes.ts must declare ${CHANGES} once (found ${counts.changes}).`);
  }
  if (problems.length > 0) {
    throw new Error(`hardware-data (strip-details): ${fileName}: ${problems.join(' ')}`);
  }
  return out;
};

module.exports.stripDetails = stripDetails;
