// Unit tests fail on console.error, console.warn or a reported error (React's warnings: keys, act(), nesting, hydration) unless a test allows the message.
import { afterEach, beforeEach } from 'vitest';

type Method = 'error' | 'warn';
type Allowance = { method: Method; pattern: RegExp; seen: number };

let allowances: Allowance[] = [];
let unexpected: string[] = [];
const originals = { error: console.error, warn: console.warn };

function text(args: unknown[]): string {
  return args
    .map((a) => (a instanceof Error ? `${a.name}: ${a.message}` : String(a)))
    .join(' ')
    .slice(0, 500);
}

/**
 * Lets the current test print console.<method> lines matching `pattern` (React's report of an
 * error a boundary caught, say). The test fails if none arrives: an allowance that matches
 * nothing has outlived its reason.
 */
export function allowConsole(method: Method, pattern: RegExp): void {
  allowances.push({ method, pattern, seen: 0 });
}

function record(method: Method) {
  return (...args: unknown[]): void => {
    const line = text(args);
    const allowance = allowances.find((a) => a.method === method && a.pattern.test(line));
    if (allowance) allowance.seen += 1;
    else unexpected.push(`console.${method}: ${line}`);
  };
}

// React reports a recoverable error (a hydration mismatch, say) through window.reportError,
// which jsdom turns into an error event rather than a console line.
const reported = (event: ErrorEvent): void => {
  record('error')(event.error ?? event.message);
};

/** Installs the guard; tests/unit/setup.ts calls it once per test file. */
export function guardConsole(): void {
  beforeEach(() => {
    allowances = [];
    unexpected = [];
    console.error = record('error');
    console.warn = record('warn');
    if (typeof window !== 'undefined') window.addEventListener('error', reported);
  });
  afterEach(() => {
    console.error = originals.error;
    console.warn = originals.warn;
    if (typeof window !== 'undefined') window.removeEventListener('error', reported);
    const unused = allowances.filter((a) => a.seen === 0);
    const problems = [
      ...unexpected,
      ...unused.map((a) => `allowed console.${a.method} ${String(a.pattern)} never printed`),
    ];
    if (problems.length > 0)
      throw new Error(`Console output in this test:\n${problems.join('\n')}`);
  });
}
