"""Process hygiene for the command line and the app (docs/SECURITY.md, A-P5 and A-E6).

* :func:`harden_process` turns core dumps off before any key or note is in memory: a core file
  of a running Officer Desk would hold the data key, the passphrase and note text.
* :func:`record_crash` writes an unexpected error to a private log file and returns a short
  error id to show the user. The log holds the exception's *type*, and for every frame only a
  file name, a line number and a function name: never the exception's message (it may quote
  a value, as ``UnicodeDecodeError`` does) and never a local variable.

The log lives in the platform's user log folder (``platformdirs.user_log_dir``; on Linux
``~/.local/state/officer-desk/log``), or in ``OFFICER_DESK_LOG_DIR`` when that is set. The
folder is 0700 and ``errors.log`` 0600; at 256 KiB it is moved to ``errors.log.1`` (one older
file is kept).
"""

from __future__ import annotations

import contextlib
import os
import stat
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from officer_desk.errors import InternalError, OfficerDeskError

LOG_DIR_ENV = "OFFICER_DESK_LOG_DIR"
LOG_NAME = "errors.log"
LOG_MAX_BYTES = 256 * 1024
_PR_SET_DUMPABLE = 4


def harden_process() -> None:
    """No core dumps: ``RLIMIT_CORE`` 0 (POSIX) and not dumpable (Linux ``PR_SET_DUMPABLE``
    0, which also keeps other processes of the same user from attaching a debugger).
    Best effort; a no-op where the platform has neither."""
    try:
        import resource
    except ImportError:  # pragma: no cover - Windows
        resource = None  # type: ignore[assignment]
    if resource is not None:
        with contextlib.suppress(ValueError, OSError):
            resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    if sys.platform.startswith("linux"):
        with contextlib.suppress(Exception):
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(_PR_SET_DUMPABLE, 0, 0, 0, 0)


def log_dir() -> Path:
    """The folder of the private error log."""
    override = os.environ.get(LOG_DIR_ENV)
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_log_dir("officer-desk", appauthor=False))


def log_path() -> Path:
    return log_dir() / LOG_NAME


def _short_file(filename: str) -> str:
    """A frame's file without the folders above the package (they name the user)."""
    parts = Path(filename).parts
    for anchor in ("officer_desk", "site-packages", "dist-packages"):
        if anchor in parts:
            index = len(parts) - 1 - parts[::-1].index(anchor)
            start = index if anchor == "officer_desk" else index + 1
            return "/".join(parts[start:])
    return Path(filename).name


def crash_report(exc: BaseException, error_id: str) -> str:
    """The text written to the log: no message, no values (see the module docs)."""
    # Only built-in modules here: every start imports this module (and a crash should not
    # depend on importing anything).
    now = time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime())
    try:
        from officer_desk import __version__ as version
    except ImportError:  # pragma: no cover
        version = "?"
    lines = [
        f"=== {now} error {error_id}",
        f"officer-desk {version}; Python {'.'.join(map(str, sys.version_info[:3]))};"
        f" {sys.platform}",
    ]
    chain: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and current not in chain and len(chain) < 8:
        chain.append(current)
        current = current.__cause__ or current.__context__
    for depth, item in enumerate(chain):
        kind = f"{type(item).__module__}.{type(item).__qualname__}"
        lines.append(f"{'exception' if depth == 0 else 'while handling'}: {kind}")
        tb = item.__traceback__
        while tb is not None:
            code = tb.tb_frame.f_code
            lines.append(f"  {_short_file(code.co_filename)}:{tb.tb_lineno} in {code.co_name}")
            tb = tb.tb_next
    return "\n".join(lines) + "\n"


def _open_log(path: Path) -> int:
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    if sys.platform != "win32":
        with contextlib.suppress(OSError):
            os.chmod(path.parent, 0o700)
    flags = os.O_WRONLY | os.O_APPEND | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0)
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        info = None
    if info is not None and stat.S_ISREG(info.st_mode) and info.st_size >= LOG_MAX_BYTES:
        os.replace(path, path.with_name(LOG_NAME + ".1"))
    fd = os.open(path, flags, 0o600)
    if sys.platform != "win32":
        os.fchmod(fd, 0o600)
    return fd


def record_crash(exc: BaseException) -> str:
    """Log ``exc`` privately (see the module docs); returns the error id. Never raises."""
    error_id = os.urandom(4).hex().upper()
    with contextlib.suppress(Exception):
        data = crash_report(exc, error_id).encode("utf-8", "replace")
        fd = _open_log(log_path())
        try:
            os.write(fd, data)
        finally:
            os.close(fd)
    return error_id


def internal_error(exc: BaseException) -> OfficerDeskError:
    """Log ``exc`` and return the ``InternalError`` to show (translated by the front end)."""
    error_id = record_crash(exc)
    return InternalError(error_id=error_id, log=str(log_path()))


Reporter = Callable[[OfficerDeskError], object]


def install_hooks(report: Reporter) -> None:
    """Route uncaught exceptions (the main thread, other threads, and Qt slots, which call
    ``sys.excepthook``) to the private log; ``report`` shows the resulting
    ``InternalError``. ``KeyboardInterrupt`` keeps Python's default behaviour."""
    default = sys.excepthook

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            default(kind, exc, tb)
            return
        if exc.__traceback__ is None and tb is not None:
            exc = exc.with_traceback(tb)
        error = internal_error(exc)
        with contextlib.suppress(Exception):
            report(error)

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None or isinstance(args.exc_value, SystemExit):
            return
        hook(args.exc_type, args.exc_value, args.exc_traceback)

    sys.excepthook = hook
    threading.excepthook = thread_hook
