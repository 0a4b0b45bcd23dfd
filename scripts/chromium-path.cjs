// Where the system Chromium is: CHROME_PATH first, then Debian's locations. Shared by tests and scripts.
const { existsSync } = require('node:fs');

function chromiumPath() {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((p) => Boolean(p) && existsSync(p));
}

module.exports = { chromiumPath };
