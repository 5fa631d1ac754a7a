import type { Hours, WeeklyRange } from './types.js';

/** The weekday (1 = Monday … 7 = Sunday) and minutes since midnight of an instant, in Europe/Paris time. */
let parisFormat: Intl.DateTimeFormat | undefined;

export function parisClock(date: Date): { day: number; minutes: number } {
  parisFormat ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Paris',
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  const parts = parisFormat.formatToParts(date);
  const get = (type: string) => parts.find((part) => part.type === type)?.value ?? '';
  const day = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(get('weekday')) + 1;
  return { day, minutes: Number(get('hour')) * 60 + Number(get('minute')) };
}

function toMinutes(time: string): number {
  const [hours, minutes] = time.split(':').map(Number);
  return hours * 60 + minutes;
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
    .map((group) => ({ days: group.days, ranges: group.ranges.sort((a, b) => a[0].localeCompare(b[0])) }))
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
