"""A web site on 127.0.0.1 with switchable faults, for tests that must not touch a real site.

Pure stdlib: http.server in a daemon thread on an ephemeral port. Every request is logged (arrival
time on the monotonic clock, path with query, headers) so tests can check politeness from the
server's side. Each path has a standing Reply; one-shot replies queued with `queue()` are served
first (e.g. two 500s, then the standing page). Unknown paths answer 404.

    with LoopbackSite() as site:
        site.page("/list/index.html", b"<html>...</html>")
        site.queue("/list/index.html", Reply(status=500), Reply(status=500))
        url = site.url("/list/index.html")
"""

from __future__ import annotations

import hashlib
import threading
import time
from collections import defaultdict, deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from socketserver import TCPServer
from typing import Self

# One fixed date so Last-Modified validators are stable across runs of a test.
FIXED_LAST_MODIFIED = "Wed, 01 Jun 2022 08:00:00 GMT"


@dataclass
class Reply:
    """What the server answers for one request.

    delay: seconds to sleep before sending anything (to provoke client timeouts).
    truncate_to: send only this many body bytes while declaring the full Content-Length, then
    close the connection (a truncated transfer).
    conditional: answer 304 when If-None-Match / If-Modified-Since match this reply's validators
    (ETag is the quoted sha256 prefix of the body; Last-Modified is FIXED_LAST_MODIFIED).
    """

    status: int = 200
    body: bytes = b""
    content_type: str | None = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    truncate_to: int | None = None
    conditional: bool = True

    @property
    def etag(self) -> str:
        return '"' + hashlib.sha256(self.body).hexdigest()[:16] + '"'


@dataclass(frozen=True)
class LoggedRequest:
    time: float  # time.monotonic() when the connection was accepted (one request per connection)
    path: str  # path and query as sent
    headers: dict[str, str]  # lower-cased names


class BackgroundServer:
    """An HTTP server on an ephemeral 127.0.0.1 port, served from a daemon thread while in a `with` block."""

    def __init__(self, server: ThreadingHTTPServer, name: str) -> None:
        self._server = server
        self._thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.02},
                                        name=name, daemon=True)

    def __enter__(self) -> Self:
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)

    @property
    def origin(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"


class QuickServer(ThreadingHTTPServer):
    daemon_threads = True

    def server_bind(self) -> None:
        # HTTPServer.server_bind looks up the host's FQDN (reverse DNS: seconds on some machines).
        TCPServer.server_bind(self)
        self.server_name, self.server_port = self.server_address[:2]


class _StampingServer(QuickServer):
    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.accepted_at: dict[object, float] = {}

    def get_request(self):
        # Stamp arrival at accept, in the serving thread: a handler thread may start late on a busy
        # machine, which would blur the spacing the politeness test measures.
        connection, address = super().get_request()
        self.accepted_at[connection] = time.monotonic()
        return connection, address


class LoopbackSite(BackgroundServer):
    def __init__(self) -> None:
        self._standing: dict[str, Reply] = {}
        self._queued: dict[str, deque[Reply]] = defaultdict(deque)
        self._lock = threading.Lock()
        self.log: list[LoggedRequest] = []
        super().__init__(_StampingServer(("127.0.0.1", 0), _make_handler(self)), name="loopback-site")

    def url(self, path: str) -> str:
        return self.origin + path

    # ------------------------------------------------------------------ content and faults

    def set(self, path: str, reply: Reply) -> None:
        """The standing answer for a path (replaces any earlier one)."""
        with self._lock:
            self._standing[path] = reply

    def page(self, path: str, body: bytes | str, content_type: str = "text/html; charset=utf-8", **kwargs) -> None:
        if isinstance(body, str):
            body = body.encode("utf-8")
        self.set(path, Reply(body=body, content_type=content_type, **kwargs))

    def remove(self, path: str) -> None:
        with self._lock:
            self._standing.pop(path, None)

    def queue(self, path: str, *replies: Reply) -> None:
        """One-shot answers served, in order, before the standing one."""
        with self._lock:
            self._queued[path].extend(replies)

    def requests_to(self, path: str) -> list[LoggedRequest]:
        return [entry for entry in self.log if entry.path == path]

    def paths(self) -> list[str]:
        return [entry.path for entry in self.log]

    def _next_reply(self, arrived: float, path: str, headers: dict[str, str]) -> Reply | None:
        with self._lock:
            self.log.append(LoggedRequest(arrived, path, headers))
            if self._queued.get(path):
                return self._queued[path].popleft()
            return self._standing.get(path)


def _make_handler(site: LoopbackSite) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        # HTTP/1.0: one request per connection, so a truncated body can end by closing.
        protocol_version = "HTTP/1.0"

        def log_message(self, format: str, *args: object) -> None:  # keep test output clean
            pass

        def do_GET(self) -> None:
            headers = {name.lower(): value for name, value in self.headers.items()}
            arrived = self.server.accepted_at.pop(self.request, time.monotonic())
            reply = site._next_reply(arrived, self.path, headers)
            if reply is None:
                reply = Reply(status=404, body=b"<html><title>404 Not Found</title></html>")
            if reply.delay:
                time.sleep(reply.delay)
            try:
                self._send(reply, headers)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up (timeout test); nothing to answer

        def _send(self, reply: Reply, request_headers: dict[str, str]) -> None:
            validators_match = reply.conditional and reply.status == 200 and (
                request_headers.get("if-none-match") == reply.etag
                or (
                    "if-none-match" not in request_headers
                    and request_headers.get("if-modified-since") == FIXED_LAST_MODIFIED
                )
            )
            self.send_response(304 if validators_match else reply.status)
            if reply.conditional and reply.status == 200:
                self.send_header("ETag", reply.etag)
                self.send_header("Last-Modified", FIXED_LAST_MODIFIED)
            if validators_match:
                self.end_headers()
                return
            if reply.content_type:
                self.send_header("Content-Type", reply.content_type)
            for name, value in reply.headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(reply.body)))
            self.end_headers()
            body = reply.body if reply.truncate_to is None else reply.body[: reply.truncate_to]
            self.wfile.write(body)
            self.wfile.flush()

    return Handler
