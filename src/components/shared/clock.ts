import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Listener = () => void;

const listeners = new Set<Listener>();
let timer: ReturnType<typeof setInterval> | undefined;

/**
 * Calls `listener` every minute while subscribed, so "open now" stays true.
 * One timer for all the elements of this copy of the library.
 */
function onEveryMinute(listener: Listener): () => void {
  listeners.add(listener);
  timer ??= setInterval(() => listeners.forEach((callback) => callback()), 60_000);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer !== undefined) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}

/** An element that says whether something is open now; its `now` property, when set, fixes the instant. */
type ClockHost = ReactiveControllerHost & { readonly now?: Date | undefined };

/**
 * The instant "open now" is said for: the host's `now` when set, else the
 * current time, the host re-rendering every minute while it is on the page and
 * shows something the time changes (one timer for all elements).
 */
export class ClockController implements ReactiveController {
  private stop?: () => void;

  /** `shown`: whether the host shows something the time changes now (by default, always). */
  constructor(
    private readonly host: ClockHost,
    private readonly shown: () => boolean = () => true,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.stop = onEveryMinute(() => {
      if (!this.host.now && this.shown()) this.host.requestUpdate();
    });
  }

  hostDisconnected(): void {
    this.stop?.();
    this.stop = undefined;
  }

  /** The instant to say "open now" for. */
  get now(): Date {
    return this.host.now ?? new Date();
  }
}
