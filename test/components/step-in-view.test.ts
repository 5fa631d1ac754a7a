import { expect } from '@open-wc/testing';
import { stretchToReveal } from '../../src/components/report-finder/step-in-view.js';

// The finder's choice of what to bring into view, as plain numbers: a window
// 740 px high whose top 60 px are under a fixed quick exit.
const band = { top: 60, bottom: 740 };
const stretches = (frameTop: number, headingTop: number, bottom: number) => [
  { anchor: 'numbers', top: frameTop, bottom },
  { anchor: 'heading', top: headingTop, bottom },
];

describe('stretchToReveal', () => {
  it('moves nothing when the numbers, the heading and the main button are already in view', () => {
    expect(stretchToReveal(stretches(80, 250, 600), band)).to.equal(null);
    expect(stretchToReveal(stretches(60, 250, 740), band)).to.equal(null);
  });

  it('brings the numbers, heading and button to the top when they fit together', () => {
    expect(stretchToReveal(stretches(300, 480, 900), band)?.anchor).to.equal('numbers');
    expect(stretchToReveal(stretches(-900, -700, -300), band)?.anchor).to.equal('numbers');
    // The heading and the button are in view, the numbers scrolled away above: they come back.
    expect(stretchToReveal(stretches(-100, 100, 500), band)?.anchor).to.equal('numbers');
  });

  it('a heading under the quick exit is not in view', () => {
    expect(stretchToReveal(stretches(-200, 30, 400), band)?.anchor).to.equal('numbers');
  });

  it('brings the heading to the top when the numbers do not fit with the button, and leaves it when it is in view', () => {
    expect(stretchToReveal(stretches(200, 400, 1000), band)?.anchor).to.equal('heading');
    expect(stretchToReveal(stretches(-300, 100, 700), band)).to.equal(null);
  });

  it('keeps the heading in view when even the heading and button do not fit', () => {
    expect(stretchToReveal(stretches(0, 100, 2000), band)?.anchor).to.equal('heading');
  });

  it('nothing to show, nothing to move', () => {
    expect(stretchToReveal([], band)).to.equal(null);
  });
});
