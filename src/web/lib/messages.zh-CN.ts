import type { Translation } from "./i18n/catalog.ts";
import type { sharedEn } from "./messages.en.ts";

// Simplified Chinese messages of shared pieces (failure explanations, the chunk boundary).
export const sharedZh: Translation<typeof sharedEn> = {
  "chunk.title": "页面的这一部分未能加载",
  "chunk.hint":
    "看板可能刚刚更新，或加载时网络中断；页面的其他部分仍可使用。“{reload}”会重新打开本页：地址中保存的云经销商、筛选和排序会保留，已输入的 ID 和查询结果不会保留。",
  "chunk.reload": "重新加载页面",

  "error.title": "查询失败",
  "error.code": "错误码：{code}",
  "error.status": "HTTP 状态码 {status}",
  "error.message": "服务器返回的信息：",
  "error.retry": "重试",
  "error.CBC.0100.what": "华为云拒绝了请求中的参数。",
  "error.CBC.0100.next":
    "请检查客户 ID 和云经销商 ID 中是否有多余字符：每个 ID 最多 64 个字母、数字、- 或 _。",
  "error.CBC.0151.what": "华为云拒绝访问该数据。",
  "error.CBC.0151.next":
    "请联系管理员，确认所连接的账号是经销商伙伴或一级经销商，并具有伙伴 API 的访问权限。",
  "error.CBC.0155.what": "华为云不允许该请求：凭证错误，或没有该 API 的权限。",
  "error.CBC.0155.next": "请联系管理员检查代理的 AK/SK 以及账号的 API 权限。",
  "error.CBC.0156.what": "该客户不属于当前华为云站点。",
  "error.CBC.0156.next": "请联系管理员确认代理连接的站点（中国站、国际站或欧洲站）是否正确。",
  "error.CBC.0154.what": "华为云 Token 无效或已过期。",
  "error.CBC.0154.next": "请联系管理员更新代理的凭证。",
  "error.APIGW.0301.what": "华为云网关校验请求签名失败（AK/SK 认证失败）。",
  "error.APIGW.0301.next":
    "请勿反复尝试：连续失败 5 次后密钥会被锁定。请联系管理员检查 AK/SK 和服务器时间。",
  "error.throttled.what": "请求过于频繁，已触发华为云流控。",
  "error.throttled.next": "请等待几秒，然后点击“{retry}”。",
  "error.throttled.nextIn": "请等待 {seconds} 秒，然后点击“{retry}”。",
  "error.CBC.0999.what": "华为云返回了未知的内部错误。",
  "error.CBC.0999.next": "请稍后点击“{retry}”；如持续失败，请将错误码提供给管理员。",
  "error.NETWORK.what": "无法连接到本系统的服务器。",
  "error.NETWORK.next": "请检查网络连接，然后点击“{retry}”。",
  "error.BAD_RESPONSE.what": "服务器返回的数据格式不符合预期。",
  "error.BAD_RESPONSE.next": "请点击“{retry}”；如仍出现，请联系管理员。",
  "error.PROXY.timeout.what": "华为云多次重试后仍未及时响应。",
  "error.PROXY.timeout.next":
    "华为云可能暂时较慢：请稍等一分钟，再点击“{retry}”。已加载的结果不会丢失。",
  "error.PROXY.unreachable.what": "看板服务器无法连接华为云（连接失败）。",
  "error.PROXY.unreachable.next":
    "请一分钟后点击“{retry}”；若持续失败，请管理员检查服务器网络。",
  "error.PROXY.badAnswer.what": "无法读取华为云的应答（应答不完整或格式错误）。",
  "error.PROXY.badAnswer.next":
    "请点击“{retry}”；若反复出现，请把服务器返回信息中的请求 ID 告诉管理员。",
  "error.PROXY.paused.what": "华为云接口连续出错，看板已暂停调用，等待其恢复。",
  "error.PROXY.paused.next": "请等待几秒，然后点击“{retry}”。已加载的结果不会丢失。",
  "error.PROXY.paused.nextIn": "请等待 {seconds} 秒，然后点击“{retry}”。已加载的结果不会丢失。",
  "error.PROXY.busy.what": "看板服务器排队等待调用华为云的请求过多。",
  "error.PROXY.busy.next": "请等待几秒，然后点击“{retry}”；可能有同事正在进行大批量查询。",
  "error.PROXY.busy.nextIn":
    "请等待 {seconds} 秒，然后点击“{retry}”；可能有同事正在进行大批量查询。",
  "error.PROXY.tooMany.what": "此浏览器在短时间内发出的请求过多。",
  "error.PROXY.tooMany.next": "请等待一分钟，然后点击“{retry}”。",
  "error.PROXY.tooMany.nextIn": "请等待 {seconds} 秒，然后点击“{retry}”。",
  "error.PROXY.signIn.what": "看板服务器无法登录华为云，或您尚未登录看板。",
  "error.PROXY.signIn.next": "请刷新页面并登录；若仍失败，请管理员检查华为云凭证。",
  "error.PROXY.refused.what": "看板服务器拒绝了此请求。",
  "error.PROXY.refused.next": "请从看板自己的地址打开页面，不要从其他网站或书签脚本发起。",
  "error.PROXY.restarting.what": "看板服务器正在重启。",
  "error.PROXY.restarting.next": "请等待几秒，然后点击“{retry}”。已加载的结果不会丢失。",
  "error.PROXY.restarting.nextIn": "请等待 {seconds} 秒，然后点击“{retry}”。已加载的结果不会丢失。",
  "error.PROXY.wrongHost.what": "看板服务器不在此地址上提供服务。",
  "error.PROXY.wrongHost.next": "请通过管理员提供的地址打开看板（管理员：请设置 PUBLIC_URL 或 ALLOWED_HOSTS）。",
  "error.PROXY.storeOff.what": "看板服务器关闭了客户总览：它不保存客户标签的存储。",
  "error.PROXY.storeOff.next": "按 ID 查询和浏览全部客户仍可正常使用。如需客户总览，请联系管理员开启存储。",
  "error.PROXY.storeUnavailable.what": "客户总览的存储暂时无法响应。",
  "error.PROXY.storeUnavailable.next":
    "按 ID 查询和浏览全部客户仍可正常使用。请稍等一分钟后点击“{retry}”；如果一直失败，请联系管理员检查存储的数据库。",
  "error.PROXY.storeUnavailable.nextIn":
    "按 ID 查询和浏览全部客户仍可正常使用。请等待 {seconds} 秒，然后点击“{retry}”；如果一直失败，请联系管理员检查存储的数据库。",
  "error.PROXY.alertNotDelivered.what": "告警渠道未接收测试告警。",
  "error.PROXY.alertNotDelivered.next": "请检查看板配置中该渠道的地址和密钥（下方消息为渠道的答复），然后点击“{retry}”。",
  "error.PROXY.syncRunning.what": "客户总览已有一次同步正在进行。",
  "error.PROXY.syncRunning.next": "请等待其完成：进度显示在此处，完成后表格会自动刷新。",
  "error.client.what": "请求被拒绝。",
  "error.client.next": "请检查输入的内容；如确认无误，请将错误码提供给管理员。",
  "error.server.what": "服务器未能正常响应。",
  "error.server.next": "请稍后点击“{retry}”；如持续失败，请联系管理员。",
};
