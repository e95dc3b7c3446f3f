#!/usr/bin/env python3
"""Chinese (and mixed Chinese/English) phrasings of token and network failures, written the ways
people write them in tickets and chats. Deterministic (fixed seed). One JSON line per text."""
import json, random

rng = random.Random(20261201)

FRAMES = ["{x}", "{x}，怎么办？", "登录的时候报错：{x}", "用户反馈：{x}", "控制台一直显示 {x}", "[ERROR] {x}",
          "昨天还好好的，今天{x}", "调用扣子接口时{x}", "部署到服务器后{x}", "小程序里{x}，求助", "前端提示：{x}"]

GROUPS = {
    "ACCESS_TOKEN_EXPIRED": [
        "{tok}已过期", "{tok}过期了", "{tok}失效了", "{tok} 已失效，请重新获取", "提示{tok}过期", "{tok}过期了，接口返回401",
        "调用 /v1/chat 返回 401，说{tok}无效", "访问令牌过期了", "token 过期了，页面一直转圈", "登录态失效了，token 不能用了"],
    "REFRESH_TOKEN_EXPIRED": [
        "{rt}已过期", "{rt}过期了，刷新不了", "刷新 token 的时候说 refresh_token 过期了", "{rt}失效了，超过30天没登录",
        "刷新令牌过期了", "token 过期了而且刷新也失败了"],
    "REFRESH_TOKEN_INVALID": ["{rt}无效", "{rt}不对，刷新接口返回 invalid_request", "刷新的时候提示 refresh_token 无效"],
    "REFRESH_TOKEN_REUSED": ["{rt}已经被使用过了", "两个标签页同时刷新，第二个说 refresh_token 已被使用", "refresh_token 重复使用了"],
    "CONNECTION_FAILURE": [
        "网络请求失败", "网络连接失败", "无法连接到 api.coze.cn", "连不上扣子服务器", "连不上 coze 的接口", "网络错误，请检查网络",
        "请求失败：网络异常", "服务器连接被拒绝", "连接被重置了", "无法连接服务器，请稍后重试"],
    "TIMEOUT": ["请求超时", "获取 token 超时", "接口响应超时了", "连接超时，等了半天没反应", "刷新 token 一直超时"],
    "DNS_FAILURE": ["域名解析失败", "api.coze.cn 解析不了", "DNS 解析失败，找不到 api.coze.com", "无法解析主机名 api.coze.cn"],
    "TLS_FAILURE": ["证书校验失败", "SSL 证书错误，握手失败", "提示证书不受信任", "HTTPS 证书验证不通过"],
    "PROXY_FAILURE": ["代理服务器拒绝连接", "公司代理需要认证，请求被拦了", "走代理的时候报 407", "代理连接失败"],
    "CLOCK_SKEW": ["系统时间不对导致 token 校验失败", "电脑时间不同步，jwt 说还没生效", "服务器时间和本地时间差了十分钟，签名的 token 用不了",
                   "时间不同步，iat 在未来", "本机时钟偏差太大"],
    "PERMISSION_MISSING": ["没有权限调用这个接口", "提示无权限，code 4101", "应用没有开通 chat 权限"],
    "PARAMETER_ERROR": ["参数错误，code 4000", "请求参数不对，返回 4000", "接口报参数错误"],
    "RESOURCE_NOT_FOUND": ["bot 不存在，返回 4200", "找不到这个 bot_id，code 4200", "资源不存在 4200"],
    "SERVER_ERROR": ["服务器内部错误 500", "扣子服务器出错了，返回 5000", "服务端错误，请稍后再试（500）", "网关错误 502"],
    "RATE_LIMITED": ["请求太频繁，被限流了", "返回 429，请求过于频繁", "接口限流了"],
    "REDIRECT_URI_MISMATCH": ["回调地址不匹配", "redirect_uri 不匹配，授权失败", "重定向地址和后台配置的不一致"],
    "CONSENT_DENIED": ["用户拒绝了授权", "授权页点了拒绝，回来 error=access_denied", "用户取消授权"],
    "DEVICE_CODE_EXPIRED": ["设备码过期了", "device_code 已过期，需要重新获取", "设备授权码失效了"],
    "CONFIGURATION_MISSING": ["没配置 client_id", "client_id 为空", "环境变量 COZE_CLIENT_ID 没有设置", "VITE_COZE_CLIENT_ID 未定义"],
    "INVALID_CLIENT": ["client_secret 不对，返回 invalid_client", "客户端密钥错误", "密钥填错了，提示 invalid_client"],
    "RISK_CONTROL": ["被风控了", "触发风控，code 700012014", "账号被风控拦截了"],
    "REGION_MISMATCH": ["国内版的应用用了 api.coze.com，提示 kid not been registred", "区域不对，kid 没注册"],
}
TOK = ["token", "access_token", "访问令牌", "令牌", "accessToken", "Token"]
RT = ["refresh_token", "刷新令牌", "refresh token", "refreshToken"]


def main():
    for kind, phrases in GROUPS.items():
        for i, phrase in enumerate(phrases):
            for j in range(2):
                text = rng.choice(FRAMES).format(x=phrase.format(tok=rng.choice(TOK), rt=rng.choice(RT)))
                print(json.dumps({"id": f"zh-{kind}-{i}-{j}", "kind": kind, "source": "Chinese phrasing",
                                  "text": text}, ensure_ascii=False))


if __name__ == "__main__":
    main()
