// nhsuk-frontend's stylesheet loads the Frutiger typeface from assets.nhs.uk. Pathway's content security policy
// allows fonts from its own origin only (and the typeface is licensed for NHS websites), so the browser refused
// each font with a console error on every page. This removes the @font-face rules from the copy in the jar; text
// falls back to the design system's own fallback fonts (Arial, sans-serif), as it already did.
import { readFileSync, writeFileSync } from 'node:fs';

const file = process.argv[2];
const css = readFileSync(file, 'utf8');
const stripped = css.replace(/@font-face\{[^}]*assets\.nhs\.uk[^}]*\}/g, '');
writeFileSync(file, stripped);
console.log(`${file}: ${(css.length - stripped.length)} characters of remote @font-face rules removed`);
