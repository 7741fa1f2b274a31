/** Chart coordinates to two decimals: a hundredth of a pixel or percent is below what a screen shows, and
 * d3's 15-digit floats made the by-year chart's markup half numbers. */
export const round = (n: number) => Math.round(n * 100) / 100;
