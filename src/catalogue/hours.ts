import type { Hours, WeeklyRange } from './types.js';

/** 01:00 UTC on the last Sunday of a month (0-based) of a year, in milliseconds. */
function lastSundayAt1Utc(year: number, month: number): number {
  const last = new Date(Date.UTC(year, month + 1, 0, 1));
  return last.getTime() - last.getUTCDay() * 86_400_000;
}

/**
 * Paris's offset from UTC at an instant, in minutes: +120 (summer time) from
 * 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday of
 * October, +60 otherwise — the EU rule (Directive 2000/84/EC), in force since
 * 1996. Computed rather than asked of `Intl` with `timeZone: 'Europe/Paris'`,
 * whose first use loads time-zone data and cost about 20 ms of main thread
 * (80 ms on a slow phone) before the first card could show "open now". A test
 * checks every hour of several years against `Intl`, so a change of the rule
 * in the browsers' time-zone data would be noticed.
 */
export function parisOffsetMinutes(date: Date): number {
  const year = date.getUTCFullYear();
  const time = date.getTime();
  return time >= lastSundayAt1Utc(year, 2) && time < lastSundayAt1Utc(year, 9) ? 120 : 60;
}

/** The weekday (1 = Monday … 7 = Sunday) and minutes since midnight of an instant, in Europe/Paris time. */
export function parisClock(date: Date): { day: number; minutes: number } {
  const local = new Date(date.getTime() + parisOffsetMinutes(date) * 60_000);
  return { day: local.getUTCDay() || 7, minutes: local.getUTCHours() * 60 + local.getUTCMinutes() };
}

function toMinutes(time: string): number {
  const colon = time.indexOf(':');
  return Number(time.slice(0, colon)) * 60 + Number(time.slice(colon + 1));
}

/**
 * Whether a line is open at an instant according to its published hours, or
 * `undefined` when no hours are known.
 */
export function isOpenAt(hours: Hours | undefined, date: Date): boolean | undefined {
  if (!hours) return undefined;
  if ('always' in hours) return true;
  const { day, minutes } = parisClock(date);
  return hours.weekly.some(
    (range) => range.days.includes(day) && minutes >= toMinutes(range.opens) && minutes < toMinutes(range.closes),
  );
}

export interface HoursGroup {
  /** ISO weekdays, sorted. */
  readonly days: number[];
  /** `[opens, closes]` pairs, sorted. */
  readonly ranges: [string, string][];
}

/** Weekly ranges gathered by identical sets of days, in weekday order, for describing in words. */
export function groupWeeklyHours(weekly: readonly WeeklyRange[]): HoursGroup[] {
  const groups = new Map<string, HoursGroup>();
  for (const range of weekly) {
    const days = [...range.days].sort((a, b) => a - b);
    const key = days.join(',');
    const group = groups.get(key) ?? { days, ranges: [] };
    group.ranges.push([range.opens, range.closes]);
    groups.set(key, group);
  }
  return [...groups.values()]
    .map((group) => ({
      days: group.days,
      ranges: group.ranges.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)),
    }))
    .sort((a, b) => a.days[0] - b.days[0]);
}

/** Splits sorted weekdays into runs of consecutive days: [1,2,3,5] → [[1,3],[5,5]]. */
export function dayRuns(days: readonly number[]): [number, number][] {
  const runs: [number, number][] = [];
  for (const day of days) {
    const last = runs[runs.length - 1];
    if (last && day === last[1] + 1) last[1] = day;
    else runs.push([day, day]);
  }
  return runs;
}
