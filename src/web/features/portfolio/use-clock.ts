import { useEffect, useState } from "react";

// Relative times ("5 minutes ago") move on once a minute.
const TICK_MS = 60_000;

/** The time now, in milliseconds, renewed every minute while the caller is on screen. */
export function useClock(): number {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), TICK_MS);
    return () => clearInterval(timer);
  }, []);
  return now;
}
