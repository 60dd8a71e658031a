"""`kg serve`: a SPARQL 1.1 Protocol endpoint over a build's store, on 127.0.0.1.

Runs the Oxigraph server (the `oxigraph` binary that pip installs with zone-kg), read-only unless
asked otherwise, with the union of all named graphs as the default graph, like `kg query`.
Failures the server reports in RocksDB's words (a lock held by another process, a busy port)
are translated into plain sentences.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

from kg.exports.store import STORE_DIR

from kg.settings import HOST
# Seconds to wait for the server to start answering.
START_TIMEOUT = 20


class ServeError(RuntimeError):
    pass


def oxigraph_binary() -> str:
    found = shutil.which("oxigraph") or shutil.which("oxigraph", path=str(Path(sys.executable).parent))
    if found is None:
        raise ServeError("the 'oxigraph' server binary is missing: reinstall zone-kg (pip install -e .) to get it")
    return found


def start(out: Path, port: int, writable: bool = False) -> subprocess.Popen:
    """Start the server and return once it answers; raises ServeError with a plain reason if it cannot."""
    folder = out / STORE_DIR
    if not folder.is_dir():
        raise ServeError(f"no SPARQL store in {out}: run 'kg build --out {out}' first")
    if not _port_free(port):
        raise ServeError(f"port {port} on {HOST} is already in use: choose another with --port")
    command = [oxigraph_binary(), "serve" if writable else "serve-read-only", "--location", str(folder),
               "--bind", f"{HOST}:{port}", "--union-default-graph"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise ServeError(_explain(process.stderr.read(), folder, port))
        if _answers(f"http://{HOST}:{port}/") and process.poll() is None:
            return process
        time.sleep(0.1)
    stop(process)
    raise ServeError(f"the server did not answer on {HOST}:{port} within {START_TIMEOUT} s")


def stop(process: subprocess.Popen) -> int:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
    return process.returncode


def _port_free(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        try:
            probe.bind((HOST, port))
        except OSError:
            return False
    return True


def _answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=1) as response:
            response.read()
        return True
    except urllib.error.HTTPError:
        return True  # it answered, if only with an error page
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return False


def _explain(stderr: str, folder: Path, port: int) -> str:
    if "LOCK" in stderr or "lock" in stderr:
        return (f"the store {folder} is in use by another process (a 'kg serve --writable' or another "
                "Oxigraph server); stop it first, or serve read-only (without --writable)")
    if "Address already in use" in stderr or "address in use" in stderr.lower():
        return f"port {port} on {HOST} is already in use: choose another with --port"
    return f"the Oxigraph server stopped: {stderr.strip()[-500:]}"
