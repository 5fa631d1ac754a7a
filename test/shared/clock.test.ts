import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ClockController } from '../../src/components/shared/clock.js';
import '../../src/define/service-card.js';

// "Open now" stays true: the clock re-renders its element every minute, unless
// the element's `now` fixes the instant. One timer for all elements.

class TestClock extends LitElement {
  readonly clock = new ClockController(this);
  @property({ attribute: false }) now: Date | undefined = undefined;
  renders = 0;

  override render(): TemplateResult {
    this.renders += 1;
    return html`${this.clock.now.toISOString()}`;
  }
}
customElements.define('test-clock-element', TestClock);

describe('ClockController', () => {
  const realSetInterval = window.setInterval;
  const realClearInterval = window.clearInterval;
  let ticks: (() => void)[] = [];
  let cleared = 0;

  beforeEach(() => {
    ticks = [];
    cleared = 0;
    window.setInterval = ((callback: () => void, delay: number) => {
      expect(delay).to.equal(60_000);
      ticks.push(callback);
      return ticks.length;
    }) as typeof window.setInterval;
    window.clearInterval = (() => {
      cleared += 1;
    }) as typeof window.clearInterval;
  });

  afterEach(() => {
    window.setInterval = realSetInterval;
    window.clearInterval = realClearInterval;
  });

  it('re-renders every minute while connected, with one timer for all elements, stopped when the last leaves', async () => {
    const page = await fixture<HTMLElement>(
      html`<div><test-clock-element></test-clock-element><test-clock-element></test-clock-element></div>`,
    );
    const [first, second] = Array.from(page.querySelectorAll<TestClock>('test-clock-element'));
    expect(ticks).to.have.length(1);
    const before = [first.renders, second.renders];
    ticks[0]();
    await Promise.all([first.updateComplete, second.updateComplete]);
    expect([first.renders, second.renders]).to.deep.equal([before[0] + 1, before[1] + 1]);
    first.remove();
    expect(cleared).to.equal(0);
    second.remove();
    expect(cleared).to.equal(1);
  });

  it("says the current time, or the element's now, which the minute does not re-render", async () => {
    const el = await fixture<TestClock>(html`<test-clock-element></test-clock-element>`);
    const start = Date.now();
    expect(Math.abs(el.clock.now.getTime() - start)).to.be.below(1000);
    const fixed = new Date('2026-03-02T10:00:00Z');
    el.now = fixed;
    await el.updateComplete;
    expect(el.clock.now).to.equal(fixed);
    expect(el.shadowRoot!.textContent).to.contain('2026-03-02T10:00:00.000Z');
    const renders = el.renders;
    ticks.at(-1)!();
    await el.updateComplete;
    expect(el.renders).to.equal(renders);
    el.remove();
  });

  it('re-renders only the cards that say whether they are open now (a line with hours), not a site or an online service', async () => {
    const page = await fixture<HTMLElement>(
      html`<div>
        <service-card service="aide-aux-victimes-116006" variant="compact"></service-card>
        <service-card service="pharos" variant="compact"></service-card>
        <service-card service="cybermalveillance" variant="compact"></service-card>
      </div>`,
    );
    const cards = Array.from(page.querySelectorAll('service-card'));
    await Promise.all(cards.map((card) => card.updateComplete));
    expect(cards[0].shadowRoot!.querySelector('.status'), 'the line says whether it is open').to.exist;
    const asked = cards.map(() => 0);
    cards.forEach((card, index) => {
      const requestUpdate = card.requestUpdate.bind(card);
      card.requestUpdate = ((...args: Parameters<typeof requestUpdate>) => {
        asked[index] += 1;
        return requestUpdate(...args);
      }) as typeof card.requestUpdate;
    });
    ticks.at(-1)!();
    expect(asked).to.deep.equal([1, 0, 0]);
    page.remove();
  });
});
