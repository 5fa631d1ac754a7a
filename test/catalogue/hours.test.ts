import { expect } from '@open-wc/testing';
import { dayRuns, groupWeeklyHours, isOpenAt, parisClock } from '../../src/catalogue/hours.js';
import type { Hours } from '../../src/catalogue/types.js';

const weekdays: Hours = { weekly: [{ days: [1, 2, 3, 4, 5], opens: '09:00', closes: '18:30' }] };

describe('opening hours', () => {
  it('reads the clock in Paris time, winter and summer', () => {
    // Wednesday 15 January 2025, 08:30 UTC = 09:30 in Paris (UTC+1).
    expect(parisClock(new Date('2025-01-15T08:30:00Z'))).to.deep.equal({ day: 3, minutes: 570 });
    // Wednesday 16 July 2025, 08:30 UTC = 10:30 in Paris (UTC+2).
    expect(parisClock(new Date('2025-07-16T08:30:00Z'))).to.deep.equal({ day: 3, minutes: 630 });
  });

  it('says whether a line is open, with closing time excluded', () => {
    expect(isOpenAt(weekdays, new Date('2025-01-15T08:30:00Z'))).to.be.true; // Wed 09:30
    expect(isOpenAt(weekdays, new Date('2025-01-15T07:59:00Z'))).to.be.false; // Wed 08:59
    expect(isOpenAt(weekdays, new Date('2025-01-15T17:30:00Z'))).to.be.false; // Wed 18:30
    expect(isOpenAt(weekdays, new Date('2025-01-18T10:00:00Z'))).to.be.false; // Saturday
    expect(isOpenAt({ always: true }, new Date())).to.be.true;
    expect(isOpenAt(undefined, new Date())).to.equal(undefined);
  });

  it('groups ranges by days for describing them', () => {
    expect(
      groupWeeklyHours([
        { days: [6, 7], opens: '14:00', closes: '19:00' },
        { days: [1, 2, 3, 4, 5], opens: '09:00', closes: '19:00' },
        { days: [7, 6], opens: '09:00', closes: '13:00' },
      ]),
    ).to.deep.equal([
      { days: [1, 2, 3, 4, 5], ranges: [['09:00', '19:00']] },
      { days: [6, 7], ranges: [['09:00', '13:00'], ['14:00', '19:00']] },
    ]);
    expect(dayRuns([1, 2, 3, 5, 7])).to.deep.equal([[1, 3], [5, 5], [7, 7]]);
  });
});
