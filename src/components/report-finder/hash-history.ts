import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** An element whose steps may be recorded in the browser history: its `history` property turns it on. */
type HistoryHost = ReactiveControllerHost & HTMLElement & { readonly history: boolean };

/**
 * A finder's steps in the browser history. With `history` on, each step is a
 * history entry whose URL hash holds the answers under the element's `id`
 * (`#report-finder=…`, other parameters of the hash kept), so that Back steps
 * back and a shared link reopens the same step. The host decides what its value
 * means: it is told the value when it connects and after each navigation.
 */
export class HashHistoryController implements ReactiveController {
  private readonly onNavigation = () => {
    if (this.host.history) this.restore(this.read(), true);
  };

  /** `restore` is called with the host's value in the hash ('' when none), `fromNavigation` after Back, Forward or a new hash. */
  constructor(
    private readonly host: HistoryHost,
    private readonly restore: (value: string, fromNavigation: boolean) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.host.history) this.restore(this.read(), false);
    window.addEventListener('hashchange', this.onNavigation);
    window.addEventListener('popstate', this.onNavigation);
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.onNavigation);
    window.removeEventListener('popstate', this.onNavigation);
  }

  /** The name of the host's parameter in the hash: its `id`, else `report-finder`. */
  private get key(): string {
    return this.host.id || 'report-finder';
  }

  /** The host's value in the current URL hash ('' when none). */
  read(): string {
    return new URLSearchParams(location.hash.replace(/^#/, '')).get(this.key) ?? '';
  }

  /** A new history entry whose hash holds `value` for the host (no parameter when empty); nothing without `history`. */
  push(value: string): void {
    if (!this.host.history) return;
    const pairs = new URLSearchParams(location.hash.replace(/^#/, ''));
    if (value) pairs.set(this.key, value);
    else pairs.delete(this.key);
    const hash = pairs.toString();
    history.pushState(null, '', hash ? `#${hash}` : `${location.pathname}${location.search}`);
  }
}
