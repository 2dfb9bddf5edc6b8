#!/usr/bin/env python3
"""A stand-in for TVmaze's API on loopback, for the end-to-end tests: real HTTP (or HTTPS
with --tls CERT KEY), answering in the API's shapes from the fixtures, and misbehaving on
purpose under /s/SCENARIO/ (404, 429, 500, a stall, a cut body, HTML). It is a proxy
too: a request for a whole http:// URL is answered as if direct, and CONNECT opens a
tunnel (for https). Prints its port.

    fake_tvmaze.py FIXTURES_DIR [--tls CERT KEY] [--log FILE]
"""
import http.server
import json
import os
import socket
import ssl
import sys
import threading
import time
import urllib.parse

FIXTURES = sys.argv[1]
ARGS = sys.argv[2:]
LOG = ARGS[ARGS.index("--log") + 1] if "--log" in ARGS else None
SEEN = {}
LOCK = threading.Lock()

SEARCH = {
    "harbor lights": [(90210, "Harbor Lights", "2019-03-01", "Netflix", None)],
    "the office": [
        (526, "The Office", "2005-03-24", "NBC", "United States"),
        (3, "The Office", "2001-07-09", "BBC Two", "United Kingdom"),
        (9999, "The Office Mix", None, None, None),
    ],
    "harbor": [
        (90210, "Harbor Lights", "2019-03-01", "Netflix", None),
        (777, "Harbor Town", "2011-01-01", "ABC", "Australia"),
    ],
}


def show_result(entry):
    show_id, name, premiered, channel, country = entry
    network = None
    if channel:
        network = {"id": 1, "name": channel,
                   "country": {"name": country, "code": "XX", "timezone": "UTC"} if country else None}
    return {"score": 0.9, "show": {"id": show_id, "url": f"https://www.tvmaze.com/shows/{show_id}/x",
                                    "name": name, "premiered": premiered, "network": network,
                                    "webChannel": None, "updated": 1}}


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def send(self, status, body, content_type="application/json", headers=()):
        data = body if isinstance(body, bytes) else json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        for name, value in headers:
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(data)

    def record(self, line):
        if LOG:
            with LOCK, open(LOG, "a") as log:
                log.write(f"{line}\t{self.headers.get('User-Agent')}\n")

    def do_CONNECT(self):
        """As an HTTPS proxy: a tunnel to the host and port asked for, bytes both ways."""
        self.record("CONNECT " + self.path)
        host, port = self.path.rsplit(":", 1)
        try:
            upstream = socket.create_connection((host, int(port)), timeout=10)
        except OSError:
            return self.send(502, b"no route", "text/plain")
        self.send_response(200, "Connection established")
        self.end_headers()
        self.wfile.flush()

        def pump(source, target):
            try:
                while True:
                    data = source.recv(65536)
                    if not data:
                        break
                    target.sendall(data)
            except OSError:
                pass
            finally:
                try:
                    target.shutdown(socket.SHUT_WR)
                except OSError:
                    pass

        back = threading.Thread(target=pump, args=(upstream, self.connection), daemon=True)
        back.start()
        pump(self.connection, upstream)
        back.join(10)
        upstream.close()
        self.close_connection = True

    def do_GET(self):
        # As an HTTP proxy, the request names the whole URL; it is answered as if direct.
        if self.path.startswith("http://"):
            self.record("PROXY " + self.path)
            whole = urllib.parse.urlsplit(self.path)
            self.path = whole.path + ("?" + whole.query if whole.query else "")
        else:
            self.record(self.path)
        parts = urllib.parse.urlsplit(self.path)
        path = parts.path
        scenario = "ok"
        if path.startswith("/s/"):
            scenario, path = path[3:].split("/", 1)
            path = "/" + path
        with LOCK:
            count = SEEN.get(scenario, 0)
            SEEN[scenario] = count + 1
        base = "/s/" + scenario if self.path.startswith("/s/") else ""
        if scenario == "missing":
            return self.send(404, {"name": "Not Found", "status": 404})
        if scenario == "slow-down" and count == 0:
            return self.send(429, {"status": 429}, headers=[("Retry-After", "1")])
        if scenario == "bad-retry" and count < 2:
            return self.send(429, {"status": 429}, headers=[("Retry-After", ["-1", "nan"][count])])
        if scenario == "flaky" and count == 0:
            return self.send(500, b"oops", "text/plain")
        if scenario == "broken":
            return self.send(503, b"down", "text/plain")
        if scenario == "stall":
            time.sleep(30)
        if scenario == "html":
            return self.send(200, b"<html><body>Maintenance</body></html>", "text/html")
        query = urllib.parse.parse_qs(parts.query)
        if path.startswith("/shows/"):
            name = os.path.join(FIXTURES, path.split("/")[2] + ".json")
            if not os.path.exists(name):
                return self.send(404, {"name": "Not Found", "status": 404})
            with open(name, "rb") as file:
                body = file.read()
            if scenario == "truncated":
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body) + 1000))
                self.end_headers()
                self.wfile.write(body[: len(body) // 2])
                self.wfile.flush()
                self.close_connection = True
                return
            return self.send(200, body)
        if path.startswith("/episodes/") and path.endswith("/guestcast"):
            if path.split("/")[2] != "500001":
                return self.send(200, [])
            guest = {"person": {"id": 350, "url": "https://www.tvmaze.com/people/350/eve-guest",
                                "name": "Eve Guest", "country": None, "birthday": None,
                                "deathday": None, "gender": "Female", "image": None},
                     "character": {"id": 450, "url": "https://www.tvmaze.com/characters/450/x",
                                   "name": "Lighthouse Keeper", "image": None},
                     "self": False, "voice": False}
            return self.send(200, [guest])
        if path == "/lookup/shows":
            if query.get("imdb") == ["tt9000001"]:
                return self.send(301, b"", headers=[("Location", base + "/shows/90210")])
            return self.send(404, {"name": "Not Found", "status": 404})
        if path == "/search/shows":
            wanted = query.get("q", [""])[0].lower()
            return self.send(200, [show_result(entry) for entry in SEARCH.get(wanted, [])])
        return self.send(404, {"name": "Not Found", "status": 404})


server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
server.daemon_threads = True
if "--tls" in ARGS:
    at = ARGS.index("--tls")
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(ARGS[at + 1], ARGS[at + 2])
    server.socket = context.wrap_socket(server.socket, server_side=True)
print(server.server_address[1], flush=True)
server.serve_forever()
