"""A minimal JSON-RPC/LSP client for driving `attest lsp` over stdio, shared by
scripts/bench-lsp.py and scripts/soak.py. Standard library only.

`Server` starts the binary in its own process group; a reader thread frames its output,
stamps each message on arrival, answers the server's own requests at once (accepting them:
`window/workDoneProgress/create`, `client/registerCapability`, …; `workspace/configuration`
gets one null per item), and either hands each message to an `on_message` callback (still
on the reader thread) or queues it for `wait_for`.
"""

import json
import os
import queue
import signal
import socket
import subprocess
import threading
import time
import urllib.parse
from pathlib import Path

now = time.perf_counter


class Timeout(Exception):
    pass


class ServerDied(Exception):
    pass


def uri_of(path):
    return "file://" + urllib.parse.quote(str(Path(path).resolve()), safe="/-._~")


def utf16_len(s):
    return len(s.encode("utf-16-le")) // 2


def cpu_ticks_of(pid):
    """utime + stime of a process, in clock ticks."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return int(fields[11]) + int(fields[12])
    except OSError:
        return None


def machine_busy_ticks():
    with open("/proc/stat") as f:
        v = [int(x) for x in f.readline().split()[1:]]
    idle = v[3] + (v[4] if len(v) > 4 else 0)
    return sum(v[:8]) - idle


def memory_of(pid):
    """VmRSS and VmHWM in MB."""
    out = {}
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                k, _, v = line.partition(":")
                if k in ("VmRSS", "VmHWM"):
                    out[k] = int(v.split()[0]) / 1024
    except OSError:
        pass
    return out


class BodyReader:
    """Reads message bodies into one buffer it keeps (grown to the longest body so far), as
    a benchmark client should: a fresh 13 MB `bytes` for a reply was faulted in page by
    page, 3,200 faults and 6 ms of this client's own time that the figures then counted as
    the server's. `fresh=True` reads each body into a new `bytes`, as this client did
    before (to compare)."""

    def __init__(self, fresh=False):
        self.buffer = bytearray()
        self.fresh = fresh

    def reserve(self, length):
        if len(self.buffer) < length:
            self.buffer = bytearray(length)

    def read(self, out, length):
        """The next `length` bytes of `out`, as a view of the buffer (valid until the next
        read); shorter if the output ended."""
        if self.fresh:
            return memoryview(out.read(length))
        self.reserve(length)
        view = memoryview(self.buffer)
        got = 0
        while got < length:
            n = out.readinto(view[got:length])
            if not n:
                break
            got += n
        return view[:got]


class Server:
    """`attest lsp` in a child process. A reader thread frames its output, stamps each
    message on arrival, and answers the server's own requests at once."""

    def __init__(self, binary, cwd, stderr_path, env=None, on_message=None, transport="pipe",
                 fresh_buffers=False):
        """`env`: extra environment variables. `on_message(arrived, msg)`: called on the
        reader thread for every message (server requests already answered); a true return
        keeps the message out of the queue `wait_for` reads. `transport`: what the server's
        standard input and output are, "pipe" (as Emacs, Helix or Zed start a server) or
        "socket" (a socket pair for each, as libuv starts one: VS Code and Neovim).
        `fresh_buffers`: each body read into a new `bytes` (see `BodyReader`)."""
        self.stderr = open(stderr_path, "wb")
        self.spawned = now()
        self.on_message = on_message
        if transport == "socket":
            ours_in, theirs_in = socket.socketpair()
            ours_out, theirs_out = socket.socketpair()
            child_in, child_out = theirs_in.fileno(), theirs_out.fileno()
        elif transport == "pipe":
            child_in = child_out = subprocess.PIPE
        else:
            raise ValueError(f"unknown transport {transport!r} (pipe or socket)")
        self.proc = subprocess.Popen(
            [str(binary), "lsp"],
            cwd=cwd,
            env=None if env is None else {**os.environ, **env},
            stdin=child_in,
            stdout=child_out,
            stderr=self.stderr,
            start_new_session=True,
        )
        if transport == "socket":
            theirs_in.close()
            theirs_out.close()
            # Closing `to_server` ends the server's input, as closing a pipe does.
            self.to_server = os.fdopen(ours_in.detach(), "wb")
            self.from_server = os.fdopen(ours_out.detach(), "rb")
        else:
            self.to_server, self.from_server = self.proc.stdin, self.proc.stdout
        self.pid = self.proc.pid
        self.write_lock = threading.Lock()
        self.incoming = queue.Queue()
        self.next_id = 1
        self.exited = threading.Event()
        self.exited_at = None
        self.logs = []
        self.publish_count = 0
        self.last_publish = None
        self.server_requests = []
        self.last_head = None  # when the first byte of the last message waited for came
        self.bodies = BodyReader(fresh=fresh_buffers)
        threading.Thread(target=self._read, daemon=True).start()
        threading.Thread(target=self._wait, daemon=True).start()

    def _wait(self):
        self.proc.wait()
        self.exited_at = now()
        self.exited.set()

    def _read(self):
        out = self.from_server
        try:
            while True:
                length = head = None
                while True:
                    line = out.readline()
                    if head is None:
                        head = now()  # the message's first byte
                    if not line:
                        return
                    line = line.strip()
                    if not line:
                        if length is not None:
                            break
                        continue
                    name, _, value = line.partition(b":")
                    if name.strip().lower() == b"content-length":
                        length = int(value)
                body = self.bodies.read(out, length)
                if len(body) < length:
                    return
                arrived = now()
                msg = json.loads(bytes(body))
                if "method" in msg and "id" in msg:
                    # window/workDoneProgress/create, client/registerCapability, …: accept.
                    self.server_requests.append(msg["method"])
                    result = None
                    if msg["method"] == "workspace/configuration":
                        result = [None] * len((msg.get("params") or {}).get("items", []))
                    self._write({"jsonrpc": "2.0", "id": msg["id"], "result": result})
                if self.on_message is not None and self.on_message(arrived, msg):
                    continue
                self.incoming.put((arrived, msg, len(body), head))
        except (OSError, ValueError):
            return
        finally:
            self.incoming.put((now(), None, 0, None))

    def _write(self, msg):
        body = json.dumps(msg, ensure_ascii=False).encode()
        with self.write_lock:
            self.to_server.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
            self.to_server.flush()

    def send(self, msg):
        """Writes a message; the time just before writing it."""
        t = now()
        try:
            self._write(msg)
        except (BrokenPipeError, ValueError, OSError) as e:
            raise ServerDied(f"cannot write to the server: {e}")
        return t

    def notify(self, method, params):
        return self.send({"jsonrpc": "2.0", "method": method, "params": params})

    def send_request(self, method, params):
        i = self.next_id
        self.next_id += 1
        t = self.send({"jsonrpc": "2.0", "id": i, "method": method, "params": params})
        return i, t

    def _note(self, arrived, msg):
        method = msg.get("method")
        if method == "textDocument/publishDiagnostics":
            self.publish_count += 1
            self.last_publish = arrived
        elif method in ("window/logMessage", "window/showMessage"):
            self.logs.append(msg["params"].get("message", ""))

    def wait_for(self, want, timeout):
        """The first message from now on that satisfies `want`: (arrival, message, bytes)."""
        deadline = now() + timeout
        while True:
            left = deadline - now()
            if left <= 0:
                raise Timeout(f"nothing as wanted within {timeout:.0f} s")
            try:
                arrived, msg, size, head = self.incoming.get(timeout=left)
            except queue.Empty:
                raise Timeout(f"nothing as wanted within {timeout:.0f} s")
            if msg is None:
                self.incoming.put((arrived, None, 0, None))  # stays the end for later waits
                raise ServerDied(f"the server closed its output (exit status {self.proc.poll()})")
            self._note(arrived, msg)
            if want(msg):
                self.last_head = head
                return arrived, msg, size

    def request_at(self, method, params, timeout):
        """Round trip: (sent, arrived, response, response bytes)."""
        i, sent = self.send_request(method, params)
        arrived, msg, size = self.wait_for(lambda m: m.get("id") == i and "method" not in m, timeout)
        if "error" in msg:
            raise RuntimeError(f"{method} failed: {msg['error']}")
        return sent, arrived, msg, size

    def request(self, method, params, timeout):
        """Round trip: (seconds, response, response bytes)."""
        sent, arrived, msg, size = self.request_at(method, params, timeout)
        return arrived - sent, msg, size

    def drain(self, quiet, limit):
        """Reads until no message has come for `quiet` seconds (at most `limit` s)."""
        end = now() + limit
        while now() < end:
            try:
                self.wait_for(lambda m: True, min(quiet, max(0.01, end - now())))
            except Timeout:
                return True
        return False

    def cpu_seconds(self):
        t = cpu_ticks_of(self.pid)
        return None if t is None else t / os.sysconf("SC_CLK_TCK")

    def kill(self):
        if self.proc.poll() is None:
            try:
                os.killpg(self.pid, signal.SIGKILL)
            except OSError:
                pass
        try:
            self.proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            pass
        try:
            self.to_server.close()
        except OSError:
            pass
        self.stderr.close()
