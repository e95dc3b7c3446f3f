#!/usr/bin/env python3
"""Real network failures and Coze-shaped business answers for the error corpus.

Prints one JSON line of ports, then serves until stdin closes:
  closed     a port nothing listens on (connection refused)
  tls        a TLS server with a self-signed certificate
  blackhole  a listening socket whose accept queue is full: SYNs are dropped, connects time out
  proxy407   an HTTP proxy that answers every request and CONNECT with 407
  proxy403   an HTTP proxy that refuses every request and CONNECT with 403
  business   answers /c<CODE>/... with Coze's {code, msg, detail:{logid}} (e.g. /c4200/v1/bots/1)
"""
import json, os, socket, ssl, subprocess, sys, tempfile, threading, time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

BUSINESS = {
    4000: (400, "The request parameter bot_id is invalid. Please check the parameter and try again."),
    4200: (200, "Resource not found: the bot_id does not exist or has not been published."),
    5000: (500, "We're currently experiencing server issues. Please try again later."),
    700012014: (200, "Request rejected by risk control: unusual traffic from your device."),
    4101: (200, "The token you entered does not have permission for this API. Enable the permission in the app."),
    4102: (200, "blocked by risk control"),
    4100: (401, "authentication is invalid"),
}


def logid():
    return time.strftime("%Y%m%d%H%M%S") + os.urandom(10).hex().upper()


class Business(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def answer(self):
        parts = self.path.split("/")
        code = int(parts[1][1:]) if len(parts) > 1 and parts[1][1:].isdigit() else 4000
        status, msg = BUSINESS.get(code, (200, "unknown"))
        lid = logid()
        body = json.dumps({"code": code, "msg": msg, "detail": {"logid": lid}}).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("X-Tt-Logid", lid)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = answer


def refusing_proxy(status, reason):
    class Proxy(BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def refuse(self):
            body = ("<html><body><h1>%d %s</h1></body></html>" % (status, reason)).encode()
            self.send_response(status, reason)
            if status == 407:
                self.send_header("Proxy-Authenticate", 'Basic realm="corp-proxy"')
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Connection", "close")
            self.end_headers()
            self.wfile.write(body)

        do_GET = do_POST = do_CONNECT = refuse
    return Proxy


def serve(handler, wrap=None):
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    if wrap:
        server.socket = wrap(server.socket)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server.server_address[1]


def self_signed(folder):
    cert, key = os.path.join(folder, "cert.pem"), os.path.join(folder, "key.pem")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=corpus.test",
                    "-days", "2", "-keyout", key, "-out", cert], check=True, capture_output=True)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    return lambda sock: context.wrap_socket(sock, server_side=True)


def main():
    folder = tempfile.mkdtemp(prefix="corpus-tls-")
    closed = socket.socket()
    closed.bind(("127.0.0.1", 0))
    closed_port = closed.getsockname()[1]
    closed.close()
    hole = socket.socket()
    hole.bind(("127.0.0.1", 0))
    hole.listen(0)
    fillers = []
    for _ in range(4):  # fill the accept queue so later SYNs are dropped
        s = socket.socket()
        s.setblocking(False)
        try:
            s.connect(("127.0.0.1", hole.getsockname()[1]))
        except BlockingIOError:
            pass
        fillers.append(s)
    ports = {
        "closed": closed_port,
        "tls": serve(Business, self_signed(folder)),
        "blackhole": hole.getsockname()[1],
        "proxy407": serve(refusing_proxy(407, "Proxy Authentication Required")),
        "proxy403": serve(refusing_proxy(403, "Forbidden")),
        "business": serve(Business),
    }
    print(json.dumps(ports), flush=True)
    sys.stdin.read()


if __name__ == "__main__":
    main()
