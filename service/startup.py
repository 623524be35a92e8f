"""Start-up and shutdown guards: a missing SQLite store, orphaned workers, a port someone else holds."""

from __future__ import annotations

import errno
import logging
import os
import signal
import socket
import threading
from pathlib import Path
from urllib.parse import unquote, urlparse

from service.redact import redact

log = logging.getLogger("khatkrong.service")

SUPERVISOR_ENV = "KHATKRONG_SUPERVISOR_PID"
"""Set by ``khatkrong serve`` to its own pid; a worker whose parent is no longer that process stops."""


class StoreMissing(RuntimeError):
    """The configured SQLite tracking store does not exist (and creating it was not asked for)."""


def sqlite_path(uri: str) -> Path | None:
    """The file of a ``sqlite:///`` URI, ``None`` for other stores or an in-memory database.

    >>> sqlite_path("sqlite:///mlruns/mlflow.db")
    PosixPath('mlruns/mlflow.db')
    >>> sqlite_path("sqlite:////var/lib/mlflow.db"), sqlite_path("http://mlflow:5000")
    (PosixPath('/var/lib/mlflow.db'), None)
    """
    if not uri.startswith("sqlite:"):
        return None
    parsed = urlparse(uri)
    path = unquote(parsed.path)
    if not path or path in {"/", "/:memory:"}:
        return None
    return Path(path[1:] if path.startswith("/") else path)


def check_store(tracking_uri: str, *, create: bool) -> None:
    """Refuse a mistyped SQLite store instead of letting MLflow create a new, empty one."""
    path = sqlite_path(tracking_uri)
    if path is None or path.is_file():
        return
    if create:
        path.parent.mkdir(parents=True, exist_ok=True)
        from mlflow.tracking import MlflowClient

        MlflowClient(tracking_uri=tracking_uri).search_experiments(max_results=1)  # creates the tables, once
        return
    raise StoreMissing(
        f"the MLflow tracking store {path} does not exist (from the tracking URI {redact(tracking_uri)}): "
        "check KHATKRONG_TRACKING_URI / MLFLOW_TRACKING_URI and the working directory, "
        "or set KHATKRONG_CREATE_STORE=true to create an empty store"
    )


def watch_parent(interval: float = 0.5) -> threading.Thread | None:
    """In a worker of ``khatkrong serve``: stop gracefully (SIGTERM to itself) when the supervisor dies.

    After ``kill -9`` of the supervisor the workers would keep the listening socket open and the port
    busy; this thread notices the new parent within ``interval`` seconds.
    """
    supervisor = os.environ.get(SUPERVISOR_ENV)
    if not supervisor or not supervisor.isdigit() or int(supervisor) == os.getpid():
        return None
    expected = int(supervisor)
    if os.getppid() != expected:
        return None  # not a worker of that supervisor (e.g. a single-process run)

    def run() -> None:
        stop = threading.Event()
        while not stop.wait(interval):
            if os.getppid() != expected:
                log.error(
                    "the supervisor process is gone: shutting this worker down",
                    extra={"event": "orphaned_worker"},
                )
                os.kill(os.getpid(), signal.SIGTERM)
                return

    thread = threading.Thread(target=run, name="khatkrong-parent-watch", daemon=True)
    thread.start()
    return thread


def port_in_use(host: str, port: int) -> bool:
    """Whether ``host:port`` cannot be bound (what uvicorn would fail on with ``Errno 98``)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((host, port))
        except OSError as exc:
            if exc.errno == errno.EADDRINUSE:
                return True
            raise
    return False


def port_holders(port: int) -> list[tuple[int, str]]:
    """``(pid, command line)`` of the processes listening on TCP ``port`` (Linux ``/proc``; best effort)."""
    inodes: set[str] = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            lines = Path(table).read_text().splitlines()[1:]
        except OSError:
            continue
        for line in lines:
            fields = line.split()
            if len(fields) > 9 and fields[3] == "0A" and int(fields[1].rsplit(":", 1)[1], 16) == port:
                inodes.add(fields[9])
    holders: list[tuple[int, str]] = []
    if not inodes:
        return holders
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            links = {os.readlink(fd) for fd in (proc / "fd").iterdir()}
        except OSError:
            continue
        if any(f"socket:[{inode}]" in links for inode in inodes):
            try:
                cmd = (proc / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace").strip()
            except OSError:
                cmd = "?"
            holders.append((int(proc.name), cmd[:200]))
    return sorted(holders)


def port_message(host: str, port: int) -> str:
    """What to tell an operator whose port is taken."""
    holders = port_holders(port)
    if not holders:
        return f"{host}:{port} is already in use by another process (not visible to this user)"
    who = "; ".join(f"pid {pid}: {cmd}" for pid, cmd in holders)
    return f"{host}:{port} is already in use by {who}. Stop it (kill PID) or choose another --port"
