import { z } from "zod";

// Schemas of the alerts a sync sends: the channels they go to, the record of each delivery, and
// the routes that show and test them. The generic webhook's body is in alert-webhook-api.ts.

/** Where a digest can go, each configured by its own variable (ALERT_WEBHOOK_URL, ALERT_WECOM_URL, ...). */
export const ALERT_CHANNELS = ["webhook", "wecom", "dingtalk", "feishu"] as const;
export const alertChannelSchema = z.enum(ALERT_CHANNELS);
export type AlertChannel = z.infer<typeof alertChannelSchema>;

/** The language of the alerts' text (ALERT_LANGUAGE). */
export const ALERT_LANGUAGES = ["zh-CN", "en"] as const;
export type AlertLanguage = (typeof ALERT_LANGUAGES)[number];

const isoTime = z.iso.datetime({ offset: true });

/** One digest's delivery to one channel: `sending` while attempts go on, then sent or failed. */
export const alertDeliverySchema = z.object({
  channel: alertChannelSchema,
  status: z.enum(["sending", "sent", "failed"]),
  /** Attempts made so far, the first included. */
  attempts: z.number().int().nonnegative(),
  /** The channel's last HTTP status; null when none came (network error, timeout, interrupted). */
  http_status: z.number().int().nullable(),
  /** Why it failed (or why the last attempt did), without any URL or secret; null once sent. */
  error: z.string().nullable(),
  /** When the delivery last changed. */
  at: isoTime,
});
export type AlertDelivery = z.infer<typeof alertDeliverySchema>;

/** Answer of `GET /api/alerts`: which channels are configured, by host only (their URLs carry tokens). */
export const alertSettingsSchema = z.object({
  channels: z.array(
    z.object({
      channel: alertChannelSchema,
      configured: z.boolean(),
      /** The URL's host (and port), "" when not configured. */
      host: z.string(),
    }),
  ),
  language: z.enum(ALERT_LANGUAGES),
  /** Tags expiring within this many months of the current one are alerted; 0: none are. */
  expiring_months: z.number().int().nonnegative(),
});
export type AlertSettings = z.infer<typeof alertSettingsSchema>;

/** Body of `POST /api/alerts/test`; the answer is the delivery (200), or an error body when it failed. */
export const alertTestRequestSchema = z.object({ channel: alertChannelSchema }).strict();
