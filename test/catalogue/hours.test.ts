import '../helpers/english.js';
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

  it("agrees with the browser's Europe/Paris time zone at every hour of 2024–2031 and around each change", () => {
    const reference = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Paris',
      weekday: 'short',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    const expected = (date: Date) => {
      const parts = reference.formatToParts(date);
      const get = (type: string) => parts.find((part) => part.type === type)!.value;
      return {
        day: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(get('weekday')) + 1,
        minutes: Number(get('hour')) * 60 + Number(get('minute')),
      };
    };
    const mismatches: string[] = [];
    const check = (date: Date) => {
      const a = parisClock(date);
      const b = expected(date);
      if (a.day !== b.day || a.minutes !== b.minutes) mismatches.push(date.toISOString());
    };
    for (let time = Date.UTC(2024, 0, 1); time < Date.UTC(2032, 0, 1); time += 3_600_000)
      check(new Date(time + 17 * 60_000));
    // The minutes around each change (last Sundays of March and October, 01:00 UTC).
    for (const iso of [
      '2025-03-30T00:59:00Z',
      '2025-03-30T01:00:00Z',
      '2025-10-26T00:59:00Z',
      '2025-10-26T01:00:00Z',
      '2026-03-29T00:59:59Z',
      '2026-10-25T01:00:00Z',
    ])
      check(new Date(iso));
    expect(mismatches.slice(0, 5)).to.deep.equal([]);
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
      {
        days: [6, 7],
        ranges: [
          ['09:00', '13:00'],
          ['14:00', '19:00'],
        ],
      },
    ]);
    expect(dayRuns([1, 2, 3, 5, 7])).to.deep.equal([
      [1, 3],
      [5, 5],
      [7, 7],
    ]);
  });
});
