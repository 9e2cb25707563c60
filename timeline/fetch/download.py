"""One HTTP(S) download with limits: a timeout for each wait and for the
whole transfer, and a size past which the body is refused, so that a slow
or endless server cannot hold a fetch run up or fill the disk."""

from __future__ import annotations

import http.client
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from email.message import Message
from urllib.parse import urldefrag, urlsplit

from timeline import __version__

USER_AGENT = f"timeline/{__version__} (article fetcher)"
CHUNK = 64 << 10


class FetchError(Exception):
    """A download that failed; the message is one line saying why."""


@dataclass(frozen=True)
class Limits:
    """How long one download may take (each wait, and the whole) and how
    large its body may be."""

    timeout: float = 20.0
    max_bytes: int = 5 << 20


@dataclass(frozen=True)
class Download:
    """A body as the server sent it, with where it finally came from."""

    url: str  # as asked for, without its #fragment
    final_url: str  # after redirects
    content_type: str
    body: bytes


class _HttpOnly(urllib.request.HTTPRedirectHandler):
    """Follow a redirect only to another http(s) address: a page must not
    send the fetcher to ``ftp:`` or ``file:``."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        if urlsplit(newurl).scheme.lower() not in ("http", "https"):
            raise FetchError(f"redirected to {newurl!r}, which is not an http(s) address")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


_OPENER = urllib.request.build_opener(_HttpOnly)


def check_url(url: str) -> str:
    """The address without its fragment; raises FetchError unless it is an
    absolute http(s) address."""
    parts = urlsplit(url.strip())
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        raise FetchError("not an http:// or https:// address")
    return urldefrag(url.strip())[0]


def download(url: str, limits: Limits = Limits()) -> Download:
    """GET ``url``; raises FetchError with a one-line reason."""
    address = check_url(url)
    request = urllib.request.Request(address, headers={"User-Agent": USER_AGENT})
    deadline = time.monotonic() + limits.timeout
    try:
        with _OPENER.open(request, timeout=limits.timeout) as response:
            headers: Message = response.headers
            length = headers.get("Content-Length", "")
            if length.isdigit() and int(length) > limits.max_bytes:
                raise FetchError(_too_large(limits))
            chunks: list[bytes] = []
            size = 0
            while chunk := response.read(CHUNK):
                size += len(chunk)
                if size > limits.max_bytes:
                    raise FetchError(_too_large(limits))
                if time.monotonic() > deadline:
                    raise FetchError(f"took longer than {limits.timeout:g} s; try --timeout")
                chunks.append(chunk)
            return Download(address, response.url, headers.get_content_type(), b"".join(chunks))
    except urllib.error.HTTPError as error:
        raise FetchError(f"the server answered HTTP {error.code} {error.reason}") from None
    except urllib.error.URLError as error:
        reason = error.reason
        if isinstance(reason, FetchError):
            raise reason from None
        if isinstance(reason, TimeoutError):
            raise FetchError(f"no answer within {limits.timeout:g} s; try --timeout") from None
        text = getattr(reason, "strerror", None) or str(reason)
        raise FetchError(f"cannot connect: {text}") from None
    except TimeoutError:
        raise FetchError(f"no answer within {limits.timeout:g} s; try --timeout") from None
    except (OSError, ValueError, http.client.HTTPException) as error:
        # a reset connection, a malformed answer
        raise FetchError(f"the download failed: {error}") from None


def _too_large(limits: Limits) -> str:
    return f"larger than {limits.max_bytes >> 10} KB; raise --max-size if it is an article"
