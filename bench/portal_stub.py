#!/usr/bin/env python3
"""A stand-in national data portal (the CKAN action API our push uses) for bench/two-instances.sh.

Answers package_show (404 until created), package_create and package_patch like CKAN, keeps the packages in
memory, and appends one JSON line per request to the log file: time, action, package, and the Authorization
header, which tells the pushing instance (each server gets its own NATIONAL_PORTAL_TOKEN).

usage: portal_stub.py <port> <log file>    (binds 127.0.0.1 only)
"""
import json
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

PACKAGES = {}
LOCK = threading.Lock()


class Portal(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):  # quiet: the JSON lines are the record
        pass

    def record(self, action, name):
        line = json.dumps({"t": time.time(), "action": action, "package": name,
                           "token": self.headers.get("Authorization", "")})
        with LOCK, open(LOG, "a", encoding="utf-8") as f:
            f.write(line + "\n")

    def answer(self, status, body):
        data = json.dumps(body, ensure_ascii=False).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def action(self):
        path = urlparse(self.path).path
        prefix = "/api/3/action/"
        return path[len(prefix):] if path.startswith(prefix) else None

    def do_GET(self):
        action = self.action()
        name = parse_qs(urlparse(self.path).query).get("id", [""])[0]
        if action != "package_show":
            return self.answer(404, {"success": False, "error": {"message": "not found"}})
        self.record(action, name)
        with LOCK:
            pkg = PACKAGES.get(name)
        if pkg is None:
            return self.answer(404, {"success": False, "error": {"__type": "Not Found Error", "message": "Not found"}})
        return self.answer(200, {"success": True, "result": pkg})

    def do_POST(self):
        action = self.action()
        body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", "0") or 0)) or b"{}")
        if action not in ("package_create", "package_patch"):
            return self.answer(404, {"success": False, "error": {"message": "not found"}})
        name = body.get("name") or body.get("id", "")
        self.record(action, name)
        with LOCK:
            pkg = dict(PACKAGES.get(name, {}))
            pkg.update(body)
            pkg["id"] = name
            PACKAGES[name] = pkg
        return self.answer(200, {"success": True, "result": {"id": name, "name": name}})


if __name__ == "__main__":
    LOG = sys.argv[2]
    ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), Portal).serve_forever()
