#!/usr/bin/env python3
"""A loopback HTTP server for the download tests, serving the files of one folder.

/files/NAME  the file, whole
/cut/NAME    the right Content-Length, then half the bytes and a closed connection
/slow/NAME   the file in 4 KiB pieces, 50 ms apart (time to press Cancel)
/flaky/NAME  cut the first time, whole from then on
Prints the port it listens on, then serves until killed.
"""
import http.server
import os
import sys
import time

ROOT = sys.argv[1]
seen = set()


class Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def do_GET(self):
        parts = self.path.strip("/").split("/", 1)
        if len(parts) != 2 or not os.path.isfile(os.path.join(ROOT, parts[1])):
            self.send_error(404)
            return
        mode, name = parts
        data = open(os.path.join(ROOT, name), "rb").read()
        if mode == "flaky":
            mode = "files" if name in seen else "cut"
            seen.add(name)
        self.send_response(200)
        self.send_header("Content-Type", "application/octet-stream")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        if mode == "cut":
            self.wfile.write(data[: len(data) // 2])
            self.wfile.flush()
            self.close_connection = True
            return
        if mode == "slow":
            for i in range(0, len(data), 4096):
                self.wfile.write(data[i : i + 4096])
                self.wfile.flush()
                time.sleep(0.05)
            return
        self.wfile.write(data)


server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
print(server.server_address[1], flush=True)
server.serve_forever()
