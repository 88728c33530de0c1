/** Inverts the piecewise-linear cost functions: the CTC solve and the budget search both use it. */

/**
 * Highest x ≥ 0 with f(x) ≤ target, for f linear and increasing between `breakpoints`
 * (at a breakpoint f takes the value of the piece on its left); null when even f(0+) exceeds target.
 */
export function highestAtMost(f: (x: number) => number, breakpoints: readonly number[], target: number): number | null {
  const cuts = [...new Set(breakpoints.filter((b) => Number.isFinite(b) && b > 0))].sort((a, b) => a - b);
  const starts = [0, ...cuts];
  for (let i = starts.length - 1; i >= 0; i--) {
    const from = starts[i] ?? 0;
    const to = starts[i + 1] ?? Number.POSITIVE_INFINITY;
    // Two points strictly inside the piece give its line without touching a jump at either end.
    const width = Number.isFinite(to) ? (to - from) / 3 : Math.max(from, 1e6);
    const x1 = from + width;
    const x2 = from + 2 * width;
    const y1 = f(x1);
    const slope = (f(x2) - y1) / (x2 - x1);
    if (!(slope > 0)) continue;
    const x = x1 + (target - y1) / slope;
    if (x > from) return Math.min(x, to);
  }
  return null;
}
