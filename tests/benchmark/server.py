"""Serve a generated corpus on 127.0.0.1 like a government web server: validators, 304s, charsets.

    with CorpusServer(corpus.site_dir, corpus.header_charsets()) as server:
        server.origin                      # http://127.0.0.1:PORT
        ...
        log = server.take_log()            # the requests since the last take_log()

Every virtual host is a folder of the web root, reached as /<host>/<path>. Responses carry ETag
(size and mtime, as nginx makes it) and Last-Modified (the file's mtime); a request whose
If-None-Match matches, or that has none and whose If-Modified-Since is not older than the file,
gets 304 with no body. Content-Type declares the host's charset, or none at all for hosts that
declare theirs only in a <meta> (the GBK sites). The log records status and body bytes sent per
request, so a benchmark can tell how many article bodies a run transferred.
"""

from __future__ import annotations

import email.utils
import threading
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from urllib.parse import unquote, urlsplit

from tests.loopback_site import BackgroundServer, QuickServer


@dataclass(frozen=True)
class LoggedRequest:
    path: str
    status: int
    body_bytes: int
    conditional: bool  # the request carried If-None-Match or If-Modified-Since


class CorpusServer(BackgroundServer):
    def __init__(self, site_dir: Path, header_charsets: dict[str, str | None]) -> None:
        self.site_dir = site_dir.resolve()
        self.header_charsets = header_charsets
        self._log: list[LoggedRequest] = []
        self._lock = threading.Lock()
        super().__init__(QuickServer(("127.0.0.1", 0), _make_handler(self)), name="corpus-server")

    def take_log(self) -> list[LoggedRequest]:
        with self._lock:
            log, self._log = self._log, []
        return log

    def _record(self, entry: LoggedRequest) -> None:
        with self._lock:
            self._log.append(entry)

    def content_type(self, url_path: str) -> str:
        if url_path.endswith(".txt"):
            return "text/plain; charset=utf-8"
        host = url_path.lstrip("/").split("/", 1)[0]
        charset = self.header_charsets.get(host, "utf-8")
        return f"text/html; charset={charset}" if charset else "text/html"

    def file_for(self, url_path: str) -> Path | None:
        path = (self.site_dir / unquote(url_path).lstrip("/")).resolve()
        if not path.is_relative_to(self.site_dir) or not path.is_file():
            return None
        return path


def etag_of(size: int, mtime_ns: int) -> str:
    return f'"{mtime_ns // 1_000_000_000:x}-{size:x}"'


def not_modified(headers, etag: str, mtime: int) -> bool:
    """RFC 9110 §13.2.2: If-None-Match decides when present; else If-Modified-Since."""
    if_none_match = headers.get("If-None-Match")
    if if_none_match is not None:
        return etag in (tag.strip() for tag in if_none_match.split(",")) or if_none_match.strip() == "*"
    if_modified_since = headers.get("If-Modified-Since")
    if if_modified_since is None:
        return False
    try:
        since = email.utils.parsedate_to_datetime(if_modified_since).timestamp()
    except (TypeError, ValueError):
        return False
    return mtime <= since


def _make_handler(server: CorpusServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        # Keep-alive, as real servers do: a crawler's connection pool is part of what we measure.
        protocol_version = "HTTP/1.1"
        # Headers and body go out in two writes; without TCP_NODELAY, Nagle's algorithm and the
        # client's delayed ACK hold every body back ~40 ms on a kept-alive connection.
        disable_nagle_algorithm = True

        def log_message(self, format: str, *args: object) -> None:
            pass

        def do_GET(self) -> None:
            url_path = urlsplit(self.path).path
            conditional = "If-None-Match" in self.headers or "If-Modified-Since" in self.headers
            path = server.file_for(url_path)
            if path is None:
                body = b"<html><head><title>404 Not Found</title></head><body>404</body></html>"
                server._record(LoggedRequest(url_path, 404, len(body), conditional))
                self._reply(404, {"Content-Type": "text/html"}, body)
                return
            stat = path.stat()
            etag, mtime = etag_of(stat.st_size, stat.st_mtime_ns), int(stat.st_mtime)
            validators = {"ETag": etag, "Last-Modified": email.utils.formatdate(mtime, usegmt=True)}
            if not_modified(self.headers, etag, mtime):
                server._record(LoggedRequest(url_path, 304, 0, conditional))
                self._reply(304, validators, b"")
                return
            body = path.read_bytes()
            # Logged before answering, so a client that has its answer finds it in the log.
            server._record(LoggedRequest(url_path, 200, len(body), conditional))
            self._reply(200, {"Content-Type": server.content_type(url_path), **validators}, body)

        def _reply(self, status: int, headers: dict[str, str], body: bytes) -> None:
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            if status != 304:
                self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            try:
                self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client went away; nothing left to answer

    return Handler

