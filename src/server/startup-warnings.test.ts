import { describe, expect, it } from "vitest";
import { loadConfig } from "./config.ts";
import { startupWarnings } from "./startup-warnings.ts";

describe("startup warnings", () => {
  it("says nothing for the loopback default", () => {
    expect(startupWarnings(loadConfig({}))).toEqual([]);
  });

  it("warns of Basic sign-in over plain HTTP on an address others reach", () => {
    const warnings = startupWarnings(loadConfig({ HOST: "0.0.0.0", AUTH_USERS_FILE: "users.txt", PUBLIC_URL: "http://tags.example.com" }));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/HOST is 0\.0\.0\.0 without TLS, so browsers send sign-in passwords over the network in clear text/);
  });

  it("says nothing of clear text with TLS, and of host names with PUBLIC_URL", () => {
    const config = loadConfig({
      HOST: "0.0.0.0",
      AUTH_USERS_FILE: "users.txt",
      TLS_CERT_FILE: "c.pem",
      TLS_KEY_FILE: "k.pem",
      PUBLIC_URL: "https://tags.example.com",
    });
    expect(startupWarnings(config)).toEqual([]);
  });

  it("warns that only loopback names are answered when no name is configured", () => {
    const config = loadConfig({ HOST: "0.0.0.0", AUTH_PROXY_HEADER: "X-User", AUTH_TRUSTED_PROXIES: "10.0.0.5" });
    expect(startupWarnings(config)).toEqual([expect.stringMatching(/only loopback host names are answered \(421/)]);
  });

  it("warns of alert channels that sign nothing", () => {
    const config = loadConfig({
      ALERT_WEBHOOK_URL: "https://alerts.example.com/newtag",
      ALERT_WECOM_URL: "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k",
      ALERT_DINGTALK_URL: "https://oapi.dingtalk.com/robot/send?access_token=t",
      ALERT_FEISHU_URL: "https://open.feishu.cn/open-apis/bot/v2/hook/h",
      ALERT_FEISHU_SECRET: "s",
    });
    expect(startupWarnings(config)).toEqual([
      expect.stringMatching(/^Warning: ALERT_WEBHOOK_URL is set without ALERT_WEBHOOK_SECRET: its receiver cannot tell/),
      expect.stringMatching(/^Warning: ALERT_DINGTALK_URL is set without ALERT_DINGTALK_SECRET: the robot must then use another DingTalk security setting/),
    ]);
  });
});
