/**
 * Five-field cron schedules (minute hour day-of-month month weekday) read in China Standard Time,
 * the time zone the partner's day runs on: numbers, `*`, lists, ranges and steps.
 */
export interface CronSchedule {
  minutes: ReadonlySet<number>;
  hours: ReadonlySet<number>;
  days: ReadonlySet<number>;
  months: ReadonlySet<number>;
  weekdays: ReadonlySet<number>;
  /** Cron matches day of month OR weekday when both are restricted. */
  daysRestricted: boolean;
  weekdaysRestricted: boolean;
}

/** Asia/Shanghai is UTC+8 all year: no daylight saving since 1991. */
const SHANGHAI_OFFSET_MS = 8 * 3600_000;

const FIELDS = [
  { name: "minute", min: 0, max: 59 },
  { name: "hour", min: 0, max: 23 },
  { name: "day of month", min: 1, max: 31 },
  { name: "month", min: 1, max: 12 },
  { name: "weekday", min: 0, max: 7 },
] as const;

type Field = (typeof FIELDS)[number];

function parseField(text: string, field: Field): Set<number> | string {
  const values = new Set<number>();
  for (const part of text.split(",")) {
    const match = /^(\*|(\d+)(?:-(\d+))?)(?:\/(\d+))?$/.exec(part);
    if (!match) return `${field.name}: "${part}" is not a number, range or step`;
    const [, whole, from, to, stepText] = match;
    const step = stepText === undefined ? 1 : Number(stepText);
    if (step < 1) return `${field.name}: a step must be 1 or more`;
    let low: number = field.min;
    let high: number = field.max;
    if (whole !== "*") {
      low = Number(from);
      high = to === undefined ? (stepText === undefined ? low : field.max) : Number(to);
      for (const value of [low, high]) {
        if (value < field.min || value > field.max) return `${field.name}: ${value} is outside ${field.min}-${field.max}`;
      }
      if (low > high) return `${field.name}: the range ${low}-${high} runs backwards`;
    }
    for (let value = low; value <= high; value += step) values.add(value);
  }
  return values;
}

/** Reads a cron expression, or says what is wrong with it. */
export function parseCron(expression: string): { ok: true; schedule: CronSchedule } | { ok: false; problem: string } {
  const parts = expression.trim().split(/\s+/);
  if (parts.length !== 5) {
    return { ok: false, problem: `needs 5 fields (minute hour day month weekday), got ${parts.length}` };
  }
  const sets: Set<number>[] = [];
  for (const [index, field] of FIELDS.entries()) {
    const parsed = parseField(parts[index] ?? "", field);
    if (typeof parsed === "string") return { ok: false, problem: parsed };
    sets.push(parsed);
  }
  const [minutes, hours, days, months, weekdays] = sets as [Set<number>, Set<number>, Set<number>, Set<number>, Set<number>];
  if (weekdays.delete(7)) weekdays.add(0);
  return {
    ok: true,
    schedule: {
      minutes,
      hours,
      days,
      months,
      weekdays,
      daysRestricted: parts[2] !== "*",
      weekdaysRestricted: parts[4] !== "*",
    },
  };
}

function dayMatches(schedule: CronSchedule, day: number, weekday: number): boolean {
  const byDay = schedule.days.has(day);
  const byWeekday = schedule.weekdays.has(weekday);
  if (schedule.daysRestricted && schedule.weekdaysRestricted) return byDay || byWeekday;
  return byDay && byWeekday;
}

/** The first minute strictly after `after` that the schedule names, in Shanghai time. */
export function nextCronTime(schedule: CronSchedule, after: Date): Date {
  // Work on Shanghai wall-clock time held in a UTC Date, then shift back.
  const local = new Date(after.getTime() + SHANGHAI_OFFSET_MS);
  local.setUTCSeconds(0, 0);
  local.setUTCMinutes(local.getUTCMinutes() + 1);
  // Four years of minutes bound the search (29 February under a weekday rule repeats within that).
  const limit = local.getTime() + 4 * 366 * 86_400_000;
  while (local.getTime() < limit) {
    if (!schedule.months.has(local.getUTCMonth() + 1)) {
      local.setUTCMonth(local.getUTCMonth() + 1, 1);
      local.setUTCHours(0, 0);
      continue;
    }
    if (!dayMatches(schedule, local.getUTCDate(), local.getUTCDay())) {
      local.setUTCDate(local.getUTCDate() + 1);
      local.setUTCHours(0, 0);
      continue;
    }
    if (!schedule.hours.has(local.getUTCHours())) {
      local.setUTCHours(local.getUTCHours() + 1, 0);
      continue;
    }
    if (!schedule.minutes.has(local.getUTCMinutes())) {
      local.setUTCMinutes(local.getUTCMinutes() + 1);
      continue;
    }
    return new Date(local.getTime() - SHANGHAI_OFFSET_MS);
  }
  throw new Error("the schedule names no time in the next four years");
}
