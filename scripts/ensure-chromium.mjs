// Finds the system Chromium for the browser tests, installing Debian's package when it can.
// Browser tests never skip: without a browser this exits non-zero with the command that would install one.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import chromium from './chromium-path.cjs';

const { chromiumPath } = chromium;

function tryInstall() {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !existsSync('/usr/bin/apt-get')) return false;
  console.log(
    "Chromium not found: installing Debian's chromium package (apt-get install -y chromium)...",
  );
  try {
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
    return true;
  } catch {
    return false;
  }
}

{
  let found = chromiumPath();
  if (!found && tryInstall()) found = chromiumPath();
  if (!found) {
    console.error(
      'No Chromium for the browser tests. Install it with:\n  sudo apt-get update && sudo apt-get install -y chromium\n' +
        'or set CHROME_PATH to a Chromium or Chrome binary.',
    );
    process.exit(1);
  }
  console.log(`Browser tests will use ${found}`);
}
