import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** An element's theme: forced light or dark, or `auto` (the reader's system setting). */
export type Theme = 'light' | 'dark' | 'auto';

/**
 * What a page's computed `color-scheme` says it supports: both (`light dark`:
 * follow the reader), dark only, or light only (`normal`, `light`: most pages,
 * which never declare dark support and are light whatever the reader's system).
 */
export function themeFromColorScheme(colorScheme: string): Theme {
  const words = colorScheme.trim().split(/\s+/);
  const dark = words.includes('dark');
  if (dark && words.includes('light')) return 'auto';
  return dark ? 'dark' : 'light';
}

type ThemedHost = ReactiveControllerHost & HTMLElement & { theme?: Theme | undefined };

/**
 * Light by default, a good guest on a light-only page whatever the reader's
 * system; dark or following the reader only when the page says it supports
 * dark (its `color-scheme`), or when the element's `theme` says so. The
 * choice reaches the styles as a custom state (`:state(guichet-dark)`,
 * `:state(guichet-auto)`), so nothing is written on the host page's element.
 * Elements that render others pass `theme` on: one reading per element the
 * page placed.
 */
export class ColorSchemeController implements ReactiveController {
  /**
   * What the page around the element supports: read when first needed after it connects, and
   * never when the element has its own `theme` (an element rendered by another gets it passed
   * on). Reading it asks the browser for computed styles, which forces a style pass: in a list
   * of cards, one per card inserted.
   */
  private readPageTheme: Theme | undefined;

  /** `internals`: the element's, attached once by the element (see GuichetElement) and shared with its controllers. */
  constructor(
    private readonly host: ThemedHost,
    private readonly internals: ElementInternals | undefined,
  ) {
    host.addController(this);
  }

  /** The theme in effect: the element's own, else what the page supports (light until the first update reads it). */
  get theme(): Theme {
    return this.host.theme ?? this.readPageTheme ?? 'light';
  }

  hostConnected(): void {
    // Read again at the next update: the element may have moved to a page part of another scheme.
    this.readPageTheme = undefined;
  }

  /** Before each render: the page's scheme read once per connection, only if the element has no `theme`. */
  hostUpdate(): void {
    if (this.host.theme === undefined && this.readPageTheme === undefined) {
      const root = this.host.getRootNode();
      const around = this.host.parentElement ?? (root instanceof ShadowRoot ? root.host : document.documentElement);
      this.readPageTheme = themeFromColorScheme(getComputedStyle(around).colorScheme || 'normal');
    }
    const states = this.internals?.states;
    if (!states) return;
    const detected = this.host.theme === undefined ? this.readPageTheme : undefined;
    setState(states, 'guichet-dark', detected === 'dark');
    setState(states, 'guichet-auto', detected === 'auto');
  }
}

function setState(states: CustomStateSet, name: string, on: boolean): void {
  try {
    if (on) states.add(name);
    else states.delete(name);
  } catch {
    // An engine without custom states keeps the light default.
  }
}
