import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { str } from '../../i18n/str.js';
import { isHttpsUrl } from '../../catalogue/check.js';
import { GuichetQuickExitEvent } from '../../events/quick-exit.js';
import { warnOnce } from '../../console.js';
import { hostStyles } from '../../styles/host.styles.js';
import { GuichetElement } from '../shared/guichet-element.js';
import { renderLanguageNotice } from '../shared/language-notice.js';
import { quickExitNarrowStyles, quickExitStyles } from './quick-exit.styles.js';
// Its English messages (src/generated/english/, left out of the drop-in, which is French only).
import '../../generated/english/quick-exit.js';

/**
 * A neutral page to land on: the general public-service portal (the 2018
 * government chat for victims of sexual violence likewise left only
 * "service-public.fr" in the history). The host can choose another.
 */
export const DEFAULT_QUICK_EXIT_URL = 'https://www.service-public.gouv.fr';
/** Official guidance on erasing the traces of one's browsing (see the catalogue entry `arretons-les-violences`). */
const TRACES_GUIDANCE_URL = 'https://arretonslesviolences.gouv.fr';
/** How long the presses of the exit key may take, by default, and at least and at most (`exit-key-window`). */
const PRESS_WINDOW_MS = 2000;
const PRESS_WINDOW_MIN_MS = 500;
const PRESS_WINDOW_MAX_MS = 20000;
/** Published on the page's root by a fixed `<quick-exit>`: the height its button takes from the top of the window. */
export const RESERVED_PROPERTY = '--guichet-quick-exit-block-size';
const RESERVED_MARGIN_PX = 8;
/** The fixed quick exits that published their size: the property goes when the last one leaves the page. */
const publishers = new Set<HTMLElement>();

function withdrawReservedSize(element: HTMLElement): void {
  if (publishers.delete(element) && publishers.size === 0)
    document.documentElement.style.removeProperty(RESERVED_PROPERTY);
}

/** `https:` anywhere; `http:` only on this machine (for testing a page locally). */
function isAllowedExit(url: string): boolean {
  if (isHttpsUrl(url)) return true;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(parsed.hostname);
  } catch {
    return false;
  }
}

/** A touch screen as the main pointer, no hovering: a phone or a tablet, where no Shift key is likely. */
const TOUCH_ONLY = '(pointer: coarse) and (hover: none)';

// CSS parts and custom properties: listed once in src/styles/tokens.json (the
// manifest and the docs are generated from that list).
/**
 * A button that leaves the page at once for a neutral site, for a person who
 * may be watched. It blanks the page immediately, then replaces the current
 * history entry, so the browser's Back button does not return here. Also
 * triggered from the keyboard: the Shift key pressed three times within two
 * seconds (`exit-key`, `presses` and `exit-key-window` change that; Escape is
 * avoided by default: it stops page loads). A press counts when the key is
 * released, not when another key went down meanwhile (Shift+Tab) nor when the
 * focus or the selection moved while it was held (a screen reader's own
 * Shift+letter command, whose letter the page never sees). A short text says honestly what
 * it does not do, and where to learn to erase one's traces.
 *
 * `fixed` keeps only the button in the window's top corner (the keyboard hint
 * becomes its accessible description) and publishes its height as
 * `--guichet-quick-exit-block-size` on the page's root, for the page to keep
 * its content clear of it. `about` renders only the explanation, for the page
 * to place where it wants next to a fixed button.
 *
 * Put a plain link inside (`<quick-exit fixed><a href="https://www.service-public.gouv.fr">Quitter
 * ce site</a></quick-exit>`): it is the exit while the script loads, or if it never does; the button
 * then takes its place (one way out, not two) and leaves for the link's address when `href` is not set.
 *
 * @tagname quick-exit
 * @summary Leave the page at once, for a neutral site.
 *
 * @fires {GuichetQuickExitEvent} guichet-quick-exit - Just before leaving; cancelable (`preventDefault()` to navigate yourself: the page is then left as it is). `detail`: `{ href }`.
 */
export class QuickExit extends GuichetElement {
  static override styles = [hostStyles, quickExitStyles, quickExitNarrowStyles];

  private pressTimes: number[] = [];
  private readonly onKeyDown = (event: KeyboardEvent) => this.handleKeyDown(event);
  private readonly onKeyUp = (event: KeyboardEvent) => this.handleKeyUp(event);
  /** Something moved the focus or the selection while the key was held: the press was another program's command. */
  private readonly onMoved = () => {
    this.keyHeld = false;
  };
  /** Whether the exit key is down and nothing else happened since (a press counts when it is released). */
  private keyHeld = false;

  /** How many times the key has been pressed in a row, shown while it counts. */
  @state() private pressed = 0;
  /** Whether a keyboard is likely (not a touch-only device): the key hint is given only then, or once a key was pressed. */
  @state() private keyboardLikely = true;
  private touchQuery?: MediaQueryList;
  private readonly onPointerChange = () => {
    this.keyboardLikely = !this.touchQuery?.matches;
  };
  @state() private leaving = false;
  /** Whether the last count ran out of time (said once in the status region, until the next press). */
  @state() private expired = false;
  private expiry?: ReturnType<typeof setTimeout>;

  /** Where to go: an `https:` address of a neutral site (default: service-public.gouv.fr). */
  @property() href = DEFAULT_QUICK_EXIT_URL;

  /**
   * The key that leaves when pressed `presses` times (a `KeyboardEvent.key` value,
   * e.g. `Shift`, `Escape`); empty for none. A character key (a letter, a digit, a
   * punctuation mark) is refused, with a console warning, and Shift is used: people
   * type or dictate those by accident. (Not `key`, which React reserves.)
   */
  @property({ attribute: 'exit-key' }) exitKey = 'Shift';

  /** How many presses of `exit-key`, within `exit-key-window` (two seconds by default), leave the page. */
  @property({ type: Number }) presses = 3;

  /**
   * How long the `presses` of `exit-key` may take, in milliseconds: 2000 by default, from
   * 500 to 20000 (a value outside is brought within, with a console warning). Lengthen it
   * for people who press keys slowly; the button itself has no time limit.
   */
  @property({ type: Number, attribute: 'exit-key-window' }) exitKeyWindow = PRESS_WINDOW_MS;

  /**
   * Keep only the button, in the top corner of the window (inline end), above the
   * page; its height is published as `--guichet-quick-exit-block-size` on the page's root.
   */
  @property({ type: Boolean, reflect: true }) fixed = false;

  /**
   * Render only the explanation (the keyboard hint and what the button does), not a
   * button: the companion of a `fixed` one, placed where the page wants. It reads
   * the key of the page's other `<quick-exit>`.
   */
  @property({ type: Boolean, reflect: true }) about = false;

  private resizeObserver?: ResizeObserver;

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('keydown', this.onKeyDown, true);
    document.addEventListener('keyup', this.onKeyUp, true);
    document.addEventListener('focusin', this.onMoved, true);
    document.addEventListener('selectionchange', this.onMoved, true);
    // A touch phone has no Shift key to press: the hint is not given there (the button is enough).
    this.touchQuery = typeof window.matchMedia === 'function' ? window.matchMedia(TOUCH_ONLY) : undefined;
    this.onPointerChange();
    this.touchQuery?.addEventListener?.('change', this.onPointerChange);
    // The plain link the page put inside (a CMS may wrap it in a paragraph), the exit before (or
    // without) the script: once the button is shown in its place, it leaves for the same address
    // unless `href` says otherwise.
    const link = this.querySelector<HTMLAnchorElement>('a[href]');
    if (link && !this.hasAttribute('href') && isAllowedExit(link.href)) this.href = link.href;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('keydown', this.onKeyDown, true);
    document.removeEventListener('keyup', this.onKeyUp, true);
    document.removeEventListener('focusin', this.onMoved, true);
    document.removeEventListener('selectionchange', this.onMoved, true);
    this.keyHeld = false;
    this.touchQuery?.removeEventListener?.('change', this.onPointerChange);
    this.touchQuery = undefined;
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    withdrawReservedSize(this);
    this.resetCount();
  }

  /** The key window in force: `exit-key-window` within its bounds (derived in willUpdate). */
  private pressWindow = PRESS_WINDOW_MS;

  /** The exit key in force: `exit-key`, or Shift instead of a character key (derived in willUpdate). */
  private activeExitKey = 'Shift';

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Derived once per change; a value out of bounds is said when it is set, not at the first key press.
    if (changed.has('exitKeyWindow')) this.pressWindow = boundedPressWindow(this.exitKeyWindow);
    if (changed.has('exitKey')) {
      this.activeExitKey = usableExitKey(this.exitKey);
      if (this.activeExitKey !== (this.exitKey ?? ''))
        warnOnce(
          `<quick-exit>: exit-key "${this.exitKey}" is a character key, which people type or dictate by accident; using Shift (or set a key such as Escape, or "" for none).`,
        );
    }
    if (changed.has('href') && this.href !== DEFAULT_QUICK_EXIT_URL && !isAllowedExit(this.href))
      warnOnce(`<quick-exit>: "${this.href}" is not an https: address; using ${DEFAULT_QUICK_EXIT_URL}.`);
  }

  protected override updated(): void {
    const button = this.renderRoot.querySelector<HTMLElement>('[part="button"]');
    if (this.fixed && button && !this.resizeObserver && typeof ResizeObserver === 'function') {
      // The room the fixed button takes at the top of the window, for the page and this library's other elements.
      this.resizeObserver = new ResizeObserver(() => this.publishReservedSize(button));
      this.resizeObserver.observe(button);
      // And now: the page's first frame already keeps its content clear of the button (no shift when the observer reports).
      this.publishReservedSize(button);
    } else if (!this.fixed && this.resizeObserver) {
      this.resizeObserver.disconnect();
      this.resizeObserver = undefined;
      withdrawReservedSize(this);
    }
  }

  private publishReservedSize(button: HTMLElement): void {
    const bottom = Math.ceil(button.getBoundingClientRect().bottom);
    if (bottom <= 0) return;
    publishers.add(this);
    document.documentElement.style.setProperty(RESERVED_PROPERTY, `${bottom + RESERVED_MARGIN_PX}px`);
  }

  /** The address used: `href` if it is allowed, else the default. */
  get exitUrl(): string {
    return isAllowedExit(this.href) ? this.href : DEFAULT_QUICK_EXIT_URL;
  }

  /**
   * A press of the exit key counts when the key is released, as GOV.UK's "Exit this page"
   * counts Shift on keyup: only if no other key went down meanwhile (Shift+Tab, a capital
   * letter), and if neither the focus nor the selection moved while it was held. A screen
   * reader keeps the letter of its own Shift+letter commands (Orca's Shift+h, previous
   * heading): the page sees only Shift, but the screen reader moves the caret or the focus
   * before Shift is released, so that press is not counted (test/screen-reader/).
   */
  private handleKeyDown(event: KeyboardEvent): void {
    const exitKey = this.activeExitKey;
    if (this.about || !exitKey || event.repeat) return;
    if (event.key !== exitKey) {
      this.keyHeld = false;
      this.resetCount();
      return;
    }
    this.keyHeld = true;
  }

  private handleKeyUp(event: KeyboardEvent): void {
    const exitKey = this.activeExitKey;
    if (this.about || !exitKey || event.key !== exitKey) return;
    const counted = this.keyHeld;
    this.keyHeld = false;
    if (counted) this.countPress();
  }

  private countPress(): void {
    const now = performance.now();
    const windowMs = this.pressWindow;
    // The presses must all fall within the window that the first one opened: when it ends, the count
    // starts again from zero and the status region says so (a pending "1/3" never lingers). A press
    // after the window starts a new count even before the timer has said so.
    if (this.pressTimes.length && now - this.pressTimes[0]! >= windowMs) this.resetCount();
    if (!this.pressTimes.length) this.expiry = setTimeout(() => this.expire(), windowMs);
    this.pressTimes = [...this.pressTimes, now];
    this.pressed = this.pressTimes.length;
    this.expired = false;
    if (this.pressTimes.length >= Math.max(1, this.presses)) {
      this.resetCount();
      this.exit();
    }
  }

  /** Forgets the presses counted so far (another key was pressed, the page was left, the element removed). */
  private resetCount(): void {
    clearTimeout(this.expiry);
    this.expiry = undefined;
    this.pressTimes = [];
    this.pressed = 0;
  }

  /** The window ended before the count was reached. */
  private expire(): void {
    this.resetCount();
    this.expired = true;
  }

  /**
   * Leaves now: blanks the page, then replaces it in the history with the neutral
   * site. When the page cancels the `guichet-quick-exit` event (a single-page app
   * navigating itself), nothing is blanked: the page stays usable.
   */
  exit(): void {
    const href = this.exitUrl;
    const proceed = this.dispatchEvent(new GuichetQuickExitEvent({ href }));
    if (!proceed) return;
    // Blank at once, before the next page has even started to load.
    document.documentElement.style.setProperty('visibility', 'hidden', 'important');
    this.leaving = true;
    window.location.replace(href);
  }

  /** The key and count the hint describes: an `about` companion reads those of the page's button. */
  private keyConfig(): { key: string; presses: number } {
    if (this.about) {
      const button = document.querySelector<QuickExit>('quick-exit:not([about])');
      if (button && typeof button.exitKey === 'string')
        return { key: usableExitKey(button.exitKey), presses: button.presses };
    }
    return { key: this.activeExitKey, presses: this.presses };
  }

  private keyName(key: string): string {
    const { msg } = this.i18n;
    if (key === 'Shift') return msg('Maj', { id: 'exit.keyShift' });
    if (key === 'Escape') return msg('Échap', { id: 'exit.keyEscape' });
    return key;
  }

  private renderHint(className: string, id?: string): TemplateResult | typeof nothing {
    const { msg } = this.i18n;
    const { key: rawKey, presses } = this.keyConfig();
    if (!rawKey || (!this.keyboardLikely && this.pressed === 0)) return nothing;
    const key = this.keyName(rawKey);
    const times = Math.max(1, presses);
    return html`<p class=${className} id=${ifDefined(id)}>
      ${times === 1 ? msg(str`Ou appuyez sur la touche ${key}.`, { id: 'exit.hintOnce' }) : msg(str`Ou appuyez ${times} fois sur la touche ${key}.`, { id: 'exit.hint' })}
      ${!this.fixed && !this.about && this.pressed > 0 ? html`<span class="count" aria-hidden="true">${this.pressed}/${times}</span>` : nothing}
    </p>`;
  }

  private renderAbout(): TemplateResult {
    const { msg } = this.i18n;
    return html`<details>
      <summary>${msg('Ce que fait ce bouton', { id: 'exit.aboutTitle' })}</summary>
      <p>
        ${msg('Il masque aussitôt cette page et ouvre un autre site à sa place : le bouton Retour du navigateur n’y ramène pas.', { id: 'exit.aboutDoes' })}
      </p>
      <p>
        ${msg(
          'Il n’efface pas votre historique de navigation : cette page y reste visible. Si quelqu’un peut consulter votre appareil, utilisez la navigation privée ou effacez vos traces.',
          { id: 'exit.aboutDoesNot' },
        )}
      </p>
      <p>
        ${msg('Pour apprendre à effacer vos traces :', { id: 'exit.tracesLead' })}
        <a href=${TRACES_GUIDANCE_URL} rel="noopener noreferrer">arretonslesviolences.gouv.fr</a>
        ${msg('(site officiel)', { id: 'exit.officialSite' })}
      </p>
    </details>`;
  }

  protected override renderContent(): TemplateResult {
    const { msg } = this.i18n;
    const invalid = !isAllowedExit(this.href);
    const notice = html`${renderLanguageNotice(this.i18n.unsupportedOwnLanguage, msg)}
    ${invalid ? html`<p class="notice" part="notice">${msg('Adresse de sortie refusée (https: seulement) : service-public.gouv.fr est utilisé.', { id: 'exit.invalidHref' })}</p>` : nothing}`;
    if (this.about)
      return html`${notice}<div class="quick-exit about">${this.renderHint('hint')} ${this.renderAbout()}</div>`;
    const { presses } = this.keyConfig();
    const button = html`<button class="exit" part="button" type="button" aria-describedby=${this.fixed && this.keyConfig().key && (this.keyboardLikely || this.pressed > 0) ? 'exit-hint' : nothing} @click=${this.exit}>
      <span class="visually-hidden">${msg('Urgence :', { id: 'exit.emergency' })}</span>
      ${msg('Quitter ce site', { id: 'exit.button' })}
      ${this.fixed && this.pressed > 0 ? html`<span class="count" aria-hidden="true">${this.pressed}/${Math.max(1, presses)}</span>` : nothing}
    </button>`;
    // The count, in words, for screen readers: each press of the exit key is said as it is counted, the
    // end of its window when no exit followed, and the page being left (the region stays visible to
    // assistive technologies while the page is blanked).
    const count = html`<p class="visually-hidden status" role="status">
      ${
        this.leaving
          ? msg('Chargement d’une autre page…', { id: 'exit.leaving' })
          : this.pressed > 0
            ? msg(str`Appui ${this.pressed} sur ${Math.max(1, presses)}`, { id: 'exit.count' })
            : this.expired
              ? msg('Délai dépassé : le compte des appuis repart de zéro.', { id: 'exit.expired' })
              : nothing
      }
    </p>`;
    // Fixed, the button alone floats: the hint becomes its accessible description, the explanation goes to an `about` companion.
    if (this.fixed)
      return html`${notice}<div class="quick-exit">${button} ${this.renderHint('visually-hidden', 'exit-hint')}${count}</div>${this.leaving ? html`<div class="blank"></div>` : nothing}`;
    return html`${notice}
      <div class="quick-exit">${button} ${this.renderHint('hint')} ${this.renderAbout()}${count}</div>
      ${this.leaving ? html`<div class="blank"></div>` : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'quick-exit': QuickExit;
  }
}

/** The key window used: `exit-key-window` within its bounds (the default when it is not a number), with a console warning when changed. */
export function boundedPressWindow(value: number): number {
  if (!Number.isFinite(value)) {
    warnOnce(`<quick-exit>: exit-key-window "${value}" is not a number of milliseconds; using ${PRESS_WINDOW_MS}.`);
    return PRESS_WINDOW_MS;
  }
  const bounded = Math.min(PRESS_WINDOW_MAX_MS, Math.max(PRESS_WINDOW_MIN_MS, value));
  if (bounded !== value)
    warnOnce(
      `<quick-exit>: exit-key-window ${value} is outside ${PRESS_WINDOW_MIN_MS}–${PRESS_WINDOW_MAX_MS} ms; using ${bounded}.`,
    );
  return bounded;
}

/**
 * The exit key used: `exit-key`, unless it is a character key (a letter, a digit, a
 * punctuation mark, a space), which a person typing or dictating would press by
 * accident and could not turn off (WCAG 2.1.4, RGAA 12.10): then Shift.
 */
export function usableExitKey(exitKey: string | undefined | null): string {
  const key = exitKey ?? '';
  return [...key].length === 1 ? 'Shift' : key;
}
