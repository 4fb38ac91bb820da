"""An httpx transport serving file:// URLs from disk, so local sites take the same path as real ones.

Answers like a plain static web server: 200 with a content type guessed from the extension and
validators from the file's mtime and size (ETag, Last-Modified), 304 to a matching
If-None-Match / If-Modified-Since, 404 when the file is missing or is a folder.
"""

from __future__ import annotations

import email.utils
import mimetypes
from pathlib import Path

import httpx


class FileTransport(httpx.AsyncBaseTransport):
    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        path = Path(request.url.path)  # httpx gives the percent-decoded path
        if request.method not in ("GET", "HEAD"):
            return httpx.Response(405, request=request)
        try:
            stat = path.stat()
        except OSError:
            return httpx.Response(404, request=request)
        if not path.is_file():
            return httpx.Response(404, request=request)

        etag = f'"{stat.st_mtime_ns:x}-{stat.st_size:x}"'
        last_modified = email.utils.formatdate(int(stat.st_mtime), usegmt=True)
        validators = {"ETag": etag, "Last-Modified": last_modified}
        if _not_modified(request.headers, etag, int(stat.st_mtime)):
            return httpx.Response(304, headers=validators, request=request)

        content_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        body = b"" if request.method == "HEAD" else path.read_bytes()
        headers = {**validators, "Content-Type": content_type, "Content-Length": str(stat.st_size)}
        return httpx.Response(200, headers=headers, content=body, request=request)


def _not_modified(headers: httpx.Headers, etag: str, mtime_seconds: int) -> bool:
    if "If-None-Match" in headers:  # takes precedence over If-Modified-Since (RFC 9110 13.2.2)
        return etag in [candidate.strip() for candidate in headers["If-None-Match"].split(",")]
    if "If-Modified-Since" in headers:
        try:
            since = email.utils.parsedate_to_datetime(headers["If-Modified-Since"])
        except (TypeError, ValueError):
            return False  # an unreadable date is ignored, as RFC 9110 asks
        return mtime_seconds <= int(since.timestamp())
    return False
