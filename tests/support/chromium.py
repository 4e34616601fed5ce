"""Headless Chromium driven through the DevTools protocol, to see a page as a person does: the
text as laid out, each element's computed style and place, and screenshots of a region.

The protocol runs over a pair of pipes (--remote-debugging-pipe: Chromium reads commands on its
file descriptor 3 and answers on 4, each message JSON ending in a NUL byte), so neither a
network port nor a WebSocket library is needed. Chromium comes from Debian's package
(scripts/test.sh installs it); without it a test skips, unless ISODOCS_REQUIRE_CHROMIUM=1.
"""

from __future__ import annotations

import base64
import fcntl
import json
import os
import select
import subprocess
import time
from pathlib import Path
from typing import Any

from support.programs import external

TIMEOUT = 60  # seconds for any one answer


def chromium() -> str:
    return external(("chromium", "chromium-browser", "google-chrome"), "Chromium", "CHROMIUM")


class Page:
    """One page open in a fresh headless Chromium (its own profile in `profile`)."""

    def __init__(self, url: str, profile: Path, width: int = 1280, height: int = 2000):
        commands_read, self._commands = os.pipe()
        self._answers, answers_write = os.pipe()
        # Chromium's ends are moved to 3 and 4 in the child; first lift them clear of 3 and 4 here.
        theirs = [fcntl.fcntl(fd, fcntl.F_DUPFD, 10) for fd in (commands_read, answers_write)]
        os.close(commands_read)
        os.close(answers_write)

        def connect():  # in the child, before exec
            os.dup2(theirs[0], 3)
            os.dup2(theirs[1], 4)

        self.process = subprocess.Popen(
            [chromium(), "--headless", "--remote-debugging-pipe", "--no-sandbox", "--disable-gpu",
             "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
             "--hide-scrollbars", "--force-color-profile=srgb", f"--user-data-dir={profile}", "about:blank"],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, close_fds=False,
            preexec_fn=connect)
        for fd in theirs:
            os.close(fd)
        self._buffer = b""
        self._last = 0
        try:
            self._open(url, width, height)
        except BaseException:
            self.close()
            raise

    def _open(self, url: str, width: int, height: int) -> None:
        target = self.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        self._session = self.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        self.send("Emulation.setDeviceMetricsOverride",
                  {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False}, page=True)
        self.send("Page.navigate", {"url": url}, page=True)
        deadline = time.monotonic() + TIMEOUT
        while self.evaluate("document.readyState") != "complete" or not self.evaluate(
                "document.fonts.status === 'loaded'"):
            assert time.monotonic() < deadline, f"{url} did not finish loading"
            time.sleep(0.05)

    def send(self, method: str, params: dict | None = None, page: bool = False) -> dict:
        self._last += 1
        message: dict[str, Any] = {"id": self._last, "method": method, "params": params or {}}
        if page:
            message["sessionId"] = self._session
        os.write(self._commands, json.dumps(message).encode("utf-8") + b"\0")
        while True:
            answer = self._receive()
            if answer.get("id") == self._last:  # anything else is an event, not asked for
                assert "error" not in answer, f"{method}: {answer['error']}"
                return answer["result"]

    def _receive(self) -> dict:
        while b"\0" not in self._buffer:
            ready, _, _ = select.select([self._answers], [], [], TIMEOUT)
            assert ready, "Chromium did not answer"
            chunk = os.read(self._answers, 1 << 20)
            assert chunk, "Chromium closed the pipe"
            self._buffer += chunk
        message, _, self._buffer = self._buffer.partition(b"\0")
        return json.loads(message)

    def evaluate(self, expression: str) -> Any:
        """The value of a JavaScript expression in the page (JSON-serialisable)."""
        result = self.send("Runtime.evaluate", {"expression": expression, "returnByValue": True,
                                                "awaitPromise": True}, page=True)
        assert "exceptionDetails" not in result, result["exceptionDetails"]
        return result["result"].get("value")

    def screenshot(self, clip: dict | None = None) -> bytes:
        """A PNG of the page, or of the region `clip` ({x, y, width, height} in CSS pixels of the
        document)."""
        params: dict[str, Any] = {"format": "png", "captureBeyondViewport": True}
        if clip:
            params["clip"] = {**clip, "scale": 1}
        return base64.b64decode(self.send("Page.captureScreenshot", params, page=True)["data"])

    def close(self) -> None:
        try:
            self.send("Browser.close")
        except (AssertionError, OSError):
            pass
        for fd in (self._commands, self._answers):
            os.close(fd)
        try:
            self.process.wait(timeout=TIMEOUT)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()

    def __enter__(self) -> "Page":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
