"""Standard output and error for the command line, made so that writing never ends in a traceback.

- Text the output encoding cannot carry (an ASCII locale, ``PYTHONIOENCODING=ascii``, a lone
  surrogate from a non-UTF-8 file name) is written as ``\\uXXXX`` escapes, which JSON reads
  back as the same text (`ESCAPE`).
- A closed stdout (``>&-``) or one that fails (``>/dev/full``) is remembered by `Output`; the
  entry point then says so in one line on stderr and exits 2 (`report`). Nothing written before
  the failure is retried.
- A closed or failing stderr is silent: there is nowhere to say anything, and the exit code
  still tells (3 for a bad fact base).
- Closed descriptors 0, 1 and 2 are held open on /dev/null, so no file cfacts opens (the fact
  base, the index) can take their number and receive output meant for the terminal.

Part of the command-line layer: only `fastpath.main` installs these.
"""

from __future__ import annotations

import codecs
import errno
import os
import sys

TYPE_CHECKING = False  # not `typing`'s: importing it costs ~3 ms of start-up

if TYPE_CHECKING:  # `typing` at run time costs ~4 ms of every start-up
    from collections.abc import Iterable
    from typing import Any, TextIO

ESCAPE = "cfacts-escape"
EXIT_OUTPUT = 2
"""Output that cannot be written is the caller's to fix, like `export` to a bad path."""


def _escape(error: UnicodeError) -> tuple[str, int]:
    """Encode-error handler: each character as ``\\uXXXX`` (a surrogate pair beyond U+FFFF)."""
    if not isinstance(error, UnicodeEncodeError):
        raise error
    out = []
    for char in error.object[error.start : error.end]:
        code = ord(char)
        if code > 0xFFFF:
            code -= 0x10000
            out.append(f"\\u{0xD800 | code >> 10:04x}\\u{0xDC00 | code & 0x3FF:04x}")
        else:
            out.append(f"\\u{code:04x}")
    return "".join(out), error.end


codecs.register_error(ESCAPE, _escape)


class Output:
    """A standard stream that remembers the first write error (``stream`` None: it was closed).

    ``quiet`` streams (stderr) drop what cannot be written instead. The binary ``buffer`` is
    not offered, so every write (click's too) goes through here.
    """

    def __init__(self, stream: TextIO | None, fd: int, *, quiet: bool = False) -> None:
        self.stream = stream
        self.fd = fd
        self.quiet = quiet
        self.failure: OSError | None = None

    def _failed(self, error: OSError) -> None:
        if not self.quiet:
            if self.failure is None:
                self.failure = error
            raise error

    def write(self, text: str) -> int:
        """Write, or remember (and raise) why it could not be written."""
        if self.stream is None:
            self._failed(OSError(errno.EBADF, os.strerror(errno.EBADF)))
            return len(text)
        try:
            return self.stream.write(text)
        except OSError as error:
            self._failed(error)
            return len(text)

    def writelines(self, lines: Iterable[str]) -> None:
        """Write each line."""
        for line in lines:
            self.write(line)

    def flush(self) -> None:
        """Flush, or remember (and raise) why it failed."""
        if self.stream is None:
            return
        try:
            self.stream.flush()
        except OSError as error:
            self._failed(error)

    def isatty(self) -> bool:
        """Whether the stream is a terminal (a closed one is not)."""
        return self.stream is not None and self.stream.isatty()

    def fileno(self) -> int:
        """The descriptor (held on /dev/null when the stream was closed)."""
        return self.fd

    def writable(self) -> bool:
        """Always: failures are reported when they happen."""
        return True

    @property
    def encoding(self) -> str:
        """The stream's encoding."""
        return getattr(self.stream, "encoding", None) or "utf-8"

    @property
    def errors(self) -> str:
        """The stream's error handler."""
        return getattr(self.stream, "errors", None) or ESCAPE

    @property
    def closed(self) -> bool:
        """Never closed from the writer's side."""
        return False

    def __getattr__(self, name: str) -> Any:
        if name == "buffer" or self.stream is None:
            raise AttributeError(name)
        return getattr(self.stream, name)

    def silence(self) -> None:
        """After a failure: send fd to /dev/null and drop what is pending, so that the
        interpreter's last flush neither fails nor prints."""
        _hold_on_devnull(self.fd)
        stream, self.stream, self.quiet = self.stream, None, True
        if stream is not None:
            try:
                stream.flush()  # into /dev/null now
            except (OSError, ValueError):
                return  # what was pending is lost either way


def _closed(fd: int) -> bool:
    try:
        os.fstat(fd)
    except OSError:
        return True
    return False


def _hold_on_devnull(fd: int) -> None:
    try:
        null = os.open(os.devnull, os.O_RDWR)
    except OSError:
        return
    if null != fd:
        os.dup2(null, fd)
        os.close(null)


def install() -> Output:
    """Replace sys.stdout and sys.stderr with guarded streams; returns stdout's guard."""
    for fd in (0, 1, 2):
        if _closed(fd):
            _hold_on_devnull(fd)
    out, err = sys.stdout, sys.stderr
    for stream, errors in ((out, ESCAPE), (err, "backslashreplace")):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            try:
                reconfigure(errors=errors)
            except (ValueError, OSError):  # pragma: no cover - a stream already written to
                continue
    guarded = Output(out, 1)
    sys.stdout = guarded
    sys.stderr = Output(err, 2, quiet=True)
    return guarded


def report(output: Output, error: OSError) -> int:
    """One line on stderr for output that could not be written; the exit code to return."""
    output.silence()
    reason = error.strerror or str(error) or type(error).__name__
    sys.stderr.write(f"cfacts: cannot write to stdout: {reason}\n")
    sys.stderr.flush()
    return EXIT_OUTPUT
