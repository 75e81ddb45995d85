import { useEffect, useRef } from "react";
import type { Job } from "#domain/job";

/** Runs shorter than this end without a notice: the user is still looking. */
export const NOTICE_AFTER_MS = 10_000;

export type EndNotice = { title: string; body: string };

/** What the notice reads of a job: how and when its run ended. */
export type EndedJob = Pick<Job, "status" | "run" | "startedAt" | "endedAt">;

const ENDED = new Set(["done", "cancelled", "failed"]);

/**
 * When a long job ends while the tab is hidden, says so where the user can see it: the tab's title
 * (until the tab is shown again) and, if the user allowed it, a browser notification.
 */
export function useBackgroundNotice(job: EndedJob, describe: (job: EndedJob) => EndNotice): void {
  const describeRef = useRef(describe);
  useEffect(() => {
    describeRef.current = describe;
  });

  const { status, run, startedAt, endedAt } = job;
  useEffect(() => {
    if (!ENDED.has(status) || startedAt === undefined || endedAt === undefined) return;
    if (endedAt - startedAt <= NOTICE_AFTER_MS || document.visibilityState !== "hidden") return;

    const notice = describeRef.current({ status, run, startedAt, endedAt });
    const original = document.title;
    document.title = `${notice.title} · ${original}`;
    const restore = () => {
      if (document.visibilityState !== "visible") return;
      document.title = original;
      document.removeEventListener("visibilitychange", restore);
    };
    document.addEventListener("visibilitychange", restore);
    if (typeof Notification !== "undefined" && Notification.permission === "granted") {
      // A click on the notification brings the tab back.
      const notification = new Notification(notice.title, { body: notice.body, tag: "newtag-job" });
      notification.addEventListener("click", () => window.focus());
    }
  }, [status, run, startedAt, endedAt]);
}
