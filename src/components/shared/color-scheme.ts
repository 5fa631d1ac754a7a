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
  private readonly internals?: ElementInternals;
  /**
   * What the page around the element supports: read when first needed after it connects, and
   * never when the element has its own `theme` (an element rendered by another gets it passed
   * on). Reading it asks the browser for computed styles, which forces a style pass: in a list
   * of cards, one per card inserted.
   */
  private readPageTheme: Theme | undefined;

  constructor(private readonly host: ThemedHost) {
    host.addController(this);
    try {
      this.internals = host.attachInternals();
    } catch {
      // A subclass may have attached them already; the element then stays light unless `theme` is set.
    }
  }

  /** The theme in effect: the element's own, else what the page supports. */
  get theme(): Theme {
    return this.host.theme ?? this.pageTheme;
  }

  /** What the page around the element supports (read once per connection, when first asked). */
  private get pageTheme(): Theme {
    if (this.readPageTheme === undefined) {
      const root = this.host.getRootNode();
      const around = this.host.parentElement ?? (root instanceof ShadowRoot ? root.host : document.documentElement);
      this.readPageTheme = themeFromColorScheme(getComputedStyle(around).colorScheme || 'normal');
    }
    return this.readPageTheme;
  }

  hostConnected(): void {
    // Read again on first need: the element may have moved to a page part of another scheme.
    this.readPageTheme = undefined;
  }

  hostUpdate(): void {
    const states = this.internals?.states;
    if (!states) return;
    const detected = this.host.theme === undefined ? this.pageTheme : undefined;
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
