#!/usr/bin/env python3
"""curl, Python's urllib and the JDK's HttpClient against the fault servers and the sandbox: what
each prints. One JSON line per text; the kind is what the scenario did.
Usage: tools.py PORTS_JSON SANDBOX_COMMAND"""
import json, os, subprocess, sys, traceback, urllib.request, urllib.error

HERE = os.path.dirname(os.path.abspath(__file__))


def emit(id_, kind, source, text):
    print(json.dumps({"id": id_, "kind": kind, "source": source, "text": text}, ensure_ascii=False), flush=True)


def curl(args):
    r = subprocess.run(["curl", "-sS", "-i", "--max-time", "3", "--connect-timeout", "1.5"] + args,
                       capture_output=True, text=True)
    return (r.stdout + r.stderr).strip()


def urllib_post(url, body=b"{}", proxy=None, token=None):
    handlers = [urllib.request.ProxyHandler({"http": proxy, "https": proxy} if proxy else {})]
    opener = urllib.request.build_opener(*handlers)
    req = urllib.request.Request(url, data=body, headers={"Content-Type": "application/json"})
    if token:
        req.add_header("Authorization", "Bearer " + token)
    try:
        opener.open(req, timeout=1.5).read()
        return None
    except urllib.error.HTTPError as e:
        return traceback.format_exc().strip() + "\nResponse body: " + e.read().decode("utf-8", "replace")
    except Exception:
        return traceback.format_exc().strip()


def jdk(url, proxy_port=None):
    args = ["java", os.path.join(HERE, "JdkHttpClientProbe.java"), url] + ([str(proxy_port)] if proxy_port else [])
    return subprocess.run(args, capture_output=True, text=True, timeout=60).stdout.strip()


def network(ports):
    targets = [("closed-port", "CONNECTION_FAILURE", f"http://127.0.0.1:{ports['closed']}"),
               ("invalid-host", "DNS_FAILURE", "https://api.coze.invalid"),
               ("self-signed", "TLS_FAILURE", f"https://127.0.0.1:{ports['tls']}"),
               ("blackhole", "TIMEOUT", f"http://127.0.0.1:{ports['blackhole']}")]
    for name, kind, base in targets:
        url = base + "/api/permission/oauth2/token"
        emit(f"curl-{name}", kind, "curl", "$ curl -X POST " + url + "\n" + curl(["-X", "POST", url]))
        emit(f"urllib-{name}", kind, "python urllib", urllib_post(url))
        emit(f"jdk-{name}", kind, "JDK HttpClient", jdk(url))
    for name in ("proxy407", "proxy403"):
        url = "https://api.coze.cn/api/permission/oauth2/token"
        port = ports[name]
        emit(f"curl-{name}", "PROXY_FAILURE", "curl", curl(["-x", f"http://127.0.0.1:{port}", "-X", "POST", url]))
        emit(f"urllib-{name}", "PROXY_FAILURE", "python urllib", urllib_post(url, proxy=f"http://127.0.0.1:{port}"))
        emit(f"jdk-{name}", "PROXY_FAILURE", "JDK HttpClient", jdk(url, port))


def business(ports):
    kinds = {4000: "PARAMETER_ERROR", 4200: "RESOURCE_NOT_FOUND", 5000: "SERVER_ERROR", 700012014: "RISK_CONTROL",
             4101: "PERMISSION_MISSING", 4102: "RISK_CONTROL", 4100: "ACCESS_TOKEN_EXPIRED"}
    for code, kind in kinds.items():
        url = f"http://127.0.0.1:{ports['business']}/c{code}/v3/chat"
        emit(f"curl-business-{code}", kind, "curl -i", "$ curl -i " + url + "\n" + curl(["-X", "POST", "-H", "Authorization: Bearer czu_***", url]))
        text = urllib_post(url, token="czu_" + "x" * 40)
        if text:
            emit(f"urllib-business-{code}", kind, "python urllib", text)


def sandbox_answers(sandbox_cmd):
    proc = subprocess.Popen(["sh", "-c", sandbox_cmd], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    creds = json.loads(proc.stdout.readline())
    base = creds["baseUrl"]

    def command(c):
        proc.stdin.write(c + "\n")
        proc.stdin.flush()
        proc.stdout.readline()

    token = base + "/api/permission/oauth2/token"
    cases = [
        ("wrong-secret", "INVALID_CLIENT", {"grant_type": "authorization_code", "client_id": creds["webClientId"], "code": "code_x",
                                              "redirect_uri": creds["webRedirect"]}, "wrong-secret"),
        ("wrong-redirect", "REDIRECT_URI_MISMATCH", None, None),
        ("unknown-refresh", "REFRESH_TOKEN_INVALID", {"grant_type": "refresh_token", "client_id": creds["pkceClientId"],
                                                      "refresh_token": "not-a-refresh-token"}, None),
        ("pkce-secret", "APP_DISABLED_OR_WRONG_TYPE", {"grant_type": "refresh_token", "client_id": creds["pkceClientId"],
                                                        "refresh_token": "x"}, "a-secret-on-a-pkce-app"),
        ("unknown-device-code", "DEVICE_CODE_EXPIRED", {"grant_type": "urn:ietf:params:oauth:grant-type:device_code",
                                                        "client_id": creds["deviceClientId"], "device_code": "nope"}, None),
        ("bad-grant", "APP_DISABLED_OR_WRONG_TYPE", {"grant_type": "password", "client_id": creds["pkceClientId"]}, None),
    ]
    for name, kind, body, bearer in cases:
        if body is None:
            continue
        headers = ["-H", "Content-Type: application/json"] + (["-H", f"Authorization: Bearer {bearer}"] if bearer else [])
        emit(f"curl-sandbox-{name}", kind, "curl -i", curl(["-X", "POST", token, "-d", json.dumps(body)] + headers))
    for fault, kind in (("HTTP_500", "SERVER_ERROR"), ("HTTP_503", "SERVER_ERROR"), ("HTTP_429", "RATE_LIMITED"),
                        ("HTML_ERROR_PAGE", "SERVER_ERROR"), ("DROP_CONNECTION", "CONNECTION_FAILURE")):
        command(f"fault {fault}")
        body = json.dumps({"grant_type": "refresh_token", "client_id": creds["pkceClientId"], "refresh_token": "x"})
        emit(f"curl-sandbox-{fault}", kind, "curl -i", curl(["-X", "POST", token, "-H", "Content-Type: application/json", "-d", body]))
        text = urllib_post(token, body.encode())
        if text:
            emit(f"urllib-sandbox-{fault}", kind, "python urllib", text)
        command("clear")
    for answer in ("CODE_4100_HTTP_401", "CODE_4100_HTTP_200", "CODE_700012006_HTTP_200"):
        command(f"invalid {answer}")
        emit(f"curl-sandbox-me-{answer}", "ACCESS_TOKEN_EXPIRED", "curl -i",
             curl([base + "/v1/users/me", "-H", "Authorization: Bearer czu_expired0123456789abcdefghij"]))
    proc.stdin.close()
    proc.wait(timeout=30)


def main():
    ports = json.loads(sys.argv[1])
    network(ports)
    business(ports)
    sandbox_answers(sys.argv[2])


if __name__ == "__main__":
    main()
