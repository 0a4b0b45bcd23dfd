// Turns two prism-react-renderer themes into one stylesheet: token colours for the light and the dark colour mode.
import type { PrismTheme } from 'prism-react-renderer';

// Where the rules apply: the handbook's code block (src/theme/CodeBlock) carries this class.
const SCOPE = '.theme-code-block';

// WCAG AA asks 4.5:1 for text; a little more covers a highlighted line's slightly different background.
export const MIN_CONTRAST = 4.6;

type Rgb = [number, number, number];

/** '#rgb', '#rrggbb', 'rgb(r, g, b)' or 'rgba(r, g, b, a)' (alpha ignored); null otherwise. */
export function parseColour(colour: string): Rgb | null {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(colour.trim())?.[1];
  if (hex) {
    const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
    return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as Rgb;
  }
  const rgb = /^rgba?\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)/i.exec(colour.trim());
  return rgb ? [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])] : null;
}

function luminance([r, g, b]: Rgb): number {
  const [lr, lg, lb] = [r, g, b].map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as Rgb;
  return 0.2126 * lr + 0.7152 * lg + 0.0722 * lb;
}

/** WCAG contrast ratio of two colours. */
export function contrast(a: Rgb, b: Rgb): number {
  const [x, y] = [luminance(a), luminance(b)];
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
}

/**
 * The colour, moved towards black on a light background or white on a dark one in small steps
 * until it reaches MIN_CONTRAST: the theme's hue stays, and every token stays readable.
 */
export function readable(colour: string, background: string): string {
  const fg = parseColour(colour);
  const bg = parseColour(background);
  if (!fg || !bg) return colour;
  const target: Rgb = luminance(bg) > 0.5 ? [0, 0, 0] : [255, 255, 255];
  let mixed = fg;
  for (let step = 0; step <= 20 && contrast(mixed, bg) < MIN_CONTRAST; step++) {
    const t = step / 20;
    mixed = fg.map((v, i) => Math.round(v + ((target[i] as number) - v) * t)) as Rgb;
  }
  return mixed === fg ? colour : `rgb(${mixed.join(', ')})`;
}

function declarations(style: PrismTheme['plain'], background: string): string {
  const out: string[] = [];
  for (const [property, raw] of Object.entries(style)) {
    if (raw === undefined || raw === null || raw === '') continue;
    const value = property === 'color' ? readable(String(raw), background) : raw;
    // camelCase → kebab-case: fontStyle → font-style.
    const name = property.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
    if (!/^[a-z-]+$/.test(name) || !/^[\w#%(),. -]+$/.test(String(value))) continue;
    out.push(`${name}:${String(value)}`);
  }
  return out.join(';');
}

/** The rules of one theme; token colours made readable on `checkBackground`. */
function rules(theme: PrismTheme, prefix: string, checkBackground: string): string[] {
  const out = [
    `${prefix}${SCOPE}{--code-plain-color:${theme.plain.color ?? 'inherit'};--code-plain-background:${theme.plain.backgroundColor ?? 'transparent'}}`,
  ];
  for (const entry of theme.styles) {
    // Language-specific entries would need the block's language in the selector: the general ones suffice.
    if (entry.languages?.length) continue;
    const body = declarations(entry.style, checkBackground);
    if (!body) continue;
    const selectors = entry.types
      .filter((type) => /^[\w-]+$/.test(type))
      .map((type) => `${prefix}${SCOPE} .token.${type}`);
    if (selectors.length) out.push(`${selectors.join(',')}{${body}}`);
  }
  return out;
}

/**
 * The stylesheet: `light` under the default theme, `dark` under `[data-theme='dark']`. In light
 * mode token colours are checked against a highlighted line (Infima's emphasis-100, #f5f6f7),
 * darker than the block's white; in dark mode against the block itself, lighter than a
 * highlighted line's #1c1e21.
 */
export function themeCss(light: PrismTheme, dark: PrismTheme): string {
  return [
    '/* Generated at build time by src/plugins/code-highlight from prism-react-renderer themes. */',
    ...rules(light, '', '#f5f6f7'),
    // Token types the dark theme leaves unstyled would keep the light theme's colour: reset them
    // to the dark plain colour first (the rules after it are more specific).
    `[data-theme='dark'] ${SCOPE} .token{color:${dark.plain.color ?? 'inherit'};font-style:normal}`,
    ...rules(dark, "[data-theme='dark'] ", dark.plain.backgroundColor ?? '#282a36'),
  ].join('\n');
}
