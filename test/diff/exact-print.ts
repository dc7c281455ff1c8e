// Script-side printers shared by the value-type differential suites (spliced into a case's `top`).
// `fx` writes a double exactly (integer mantissa and power of two, through long), so a case does not
// depend on how numbers print; `rounded(name, d)` rounds to d decimals, for results through
// sin/cos/acos/atan2/pow/log, whose last bit may differ between V8 and .NET (README, known limits).

export const FX = `function fx(x: number): string {
  if (x !== x) return "NaN";
  if (x === Infinity) return "Inf";
  if (x === -Infinity) return "-Inf";
  if (x === 0) return 1 / x < 0 ? "-0" : "0";
  let m = x < 0 ? -x : x;
  let e: int = 0;
  while (m >= 9007199254740992) {
    m = m / 2;
    e = e + 1;
  }
  while (m !== Math.floor(m)) {
    m = m * 2;
    e = e - 1;
  }
  return \`\${x < 0 ? "-" : ""}\${toLong(m)}p\${e}\`;
}`;

/** A printer `name(x)` rounding to `digits` decimals (`fx` for NaN and infinities). */
export function rounded(name: string, digits: number): string {
  return `function ${name}(x: number): string {
  if (x !== x || x === Infinity || x === -Infinity) return fx(x);
  return \`\${toLong(Math.round(x * 1${"0".repeat(digits)}))}e-${digits}\`;
}`;
}
