// What the finder brings into view after a step changes: on a host page with a
// banner and a menu above it, and a fixed <quick-exit> over its top, the new
// step's heading and (on a result) its main button must be fully visible at
// once, whatever the page scrolled to before.

/** A stretch of the step, from the top of `anchor` down to `bottom`, in viewport coordinates. */
export interface Stretch<T> {
  readonly anchor: T;
  readonly top: number;
  readonly bottom: number;
}

/** The part of the window the reader sees uncovered: below a fixed quick exit, above the window's bottom edge. */
export interface Band {
  readonly top: number;
  readonly bottom: number;
}

/**
 * The stretch to align with the top of the band, or `null` when nothing needs to move.
 *
 * `stretches` go from the most to the least wanted, each one inside the one before (the
 * emergency numbers down to the main button, then the heading down to the main button). The
 * first one that fits the band is the one to see: nothing moves when it is already fully in
 * the band, otherwise it is brought to the band's top. When none fits, the last one is: its
 * top, the heading, stays in view.
 */
export function stretchToReveal<T>(stretches: readonly Stretch<T>[], band: Band): Stretch<T> | null {
  const last = stretches.at(-1);
  if (!last) return null;
  const room = band.bottom - band.top;
  const wanted = stretches.find((stretch) => stretch.bottom - stretch.top <= room) ?? last;
  // Already seen: moving the page would only disorient.
  if (wanted.top >= band.top && wanted.bottom <= band.bottom) return null;
  return wanted;
}
