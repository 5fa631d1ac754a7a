import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

/** One disclosure under a result: its summary, and its content, rendered only once opened. */
export interface Disclosure {
  /** Stable within a result: which disclosures are open is remembered by key. */
  readonly key: string;
  /** What the summary says (a text, or markup: a French service name in it is marked as French). */
  readonly title: unknown;
  readonly content: () => unknown;
}

/**
 * How a result renders cheaply: its title, first steps and buttons at once, and
 * everything else (full cards, the site's contacts, advice, other options, help
 * lines) in disclosures whose content is rendered only when the visitor opens
 * them. This replaced rendering a result in two frames (decisions 0007 and 0013).
 * A new step starts with its disclosures closed.
 */
export class OutcomeDisclosuresController implements ReactiveController {
  private open: ReadonlySet<string> = new Set();
  private shownStep: unknown;

  /** `step` names the step shown (the finder's answers): when it changes, every disclosure closes. */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly step: () => unknown,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    const step = this.step();
    if (step === this.shownStep) return;
    this.shownStep = step;
    this.open = new Set();
  }

  /** Whether the visitor opened the disclosure `key`. */
  isOpen(key: string): boolean {
    return this.open.has(key);
  }

  /** The disclosures (`part="details"`), each `<details class="more">`. */
  render(disclosures: readonly Disclosure[]): TemplateResult {
    return html`<div class="details" part="details">
      ${disclosures.map(
        (disclosure) =>
          html`<details class="more" .open=${this.isOpen(disclosure.key)} @toggle=${(event: Event) => this.onToggle(disclosure.key, event)}>
            <summary>${disclosure.title}</summary>
            <div class="more-content">${this.isOpen(disclosure.key) ? disclosure.content() : nothing}</div>
          </details>`,
      )}
    </div>`;
  }

  private onToggle(key: string, event: Event): void {
    const open = (event.currentTarget as HTMLDetailsElement).open;
    if (open === this.open.has(key)) return;
    const next = new Set(this.open);
    if (open) next.add(key);
    else next.delete(key);
    this.open = next;
    this.host.requestUpdate();
  }
}
