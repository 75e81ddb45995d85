import { type CronSchedule, nextCronTime } from "#domain/cron";

// setTimeout holds at most 2^31-1 ms (24.8 days); a later time is reached in steps.
const MAX_TIMER_MS = 2 ** 31 - 1;

/** Calls `fire` at every time the schedule names until stopped; answers the stop. */
export function runOnSchedule(schedule: CronSchedule, fire: () => void, now: () => Date = () => new Date()): () => void {
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const arm = (at: Date) => {
    if (stopped) return;
    const wait = at.getTime() - now().getTime();
    if (wait > MAX_TIMER_MS) {
      timer = setTimeout(() => arm(at), MAX_TIMER_MS);
    } else {
      timer = setTimeout(() => {
        fire();
        arm(nextCronTime(schedule, at));
      }, Math.max(0, wait));
    }
    timer.unref();
  };
  arm(nextCronTime(schedule, now()));
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}
