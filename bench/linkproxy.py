"""An emulated slow link on 127.0.0.1: a TCP proxy that shapes bandwidth and adds latency per
direction (no tc/netem needed).

Each direction is a FIFO link: a chunk of n bytes leaves when the previous one has left plus
n / bandwidth (serialisation), and arrives one-way-delay (RTT / 2) later; chunks in flight
overlap, as on a real link. Counts the bytes each way. Only ever listens on and connects to
127.0.0.1; every connection ends when either side closes.
"""
from __future__ import annotations

import asyncio
import threading
import time
from dataclasses import dataclass

CHUNK = 1400  # about one packet


@dataclass(frozen=True)
class Link:
    name: str
    down_kbps: float  # server → device
    up_kbps: float  # device → server
    rtt_ms: float

    def physical_limit(self, up_bytes: int, down_bytes: int, round_trips: int) -> float:
        """The fastest any protocol could move these bytes with this many round trips."""
        return (up_bytes * 8 / (self.up_kbps * 1000) + down_bytes * 8 / (self.down_kbps * 1000)
                + round_trips * self.rtt_ms / 1000)


LINKS = (
    Link("2G 35 kbps / 1300 ms", 35, 35, 1300),
    Link("EDGE 240/200 kbps / 840 ms", 240, 200, 840),
    Link("3G 1.6 Mbps/768 kbps / 300 ms", 1600, 768, 300),
    Link("weak 4G 4/2 Mbps / 120 ms", 4000, 2000, 120),
)
UNSHAPED = Link("loopback, unshaped (CPU only)", 10_000_000, 10_000_000, 0)


class _Direction:
    def __init__(self, kbps: float, delay: float) -> None:
        self.rate = kbps * 1000 / 8  # bytes per second
        self.delay = delay
        self.free_at = 0.0
        self.bytes = 0

    async def pump(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        queue: asyncio.Queue = asyncio.Queue()

        async def deliver() -> None:
            try:
                while True:
                    arrive, chunk = await queue.get()
                    if chunk is None:
                        break
                    wait = arrive - time.monotonic()
                    if wait > 0:
                        await asyncio.sleep(wait)
                    writer.write(chunk)
                    await writer.drain()
            except (ConnectionError, asyncio.CancelledError):
                pass
            finally:
                writer.close()

        delivering = asyncio.create_task(deliver())
        try:
            while True:
                chunk = await reader.read(CHUNK)
                if not chunk:
                    break
                now = time.monotonic()
                self.free_at = max(self.free_at, now) + len(chunk) / self.rate
                self.bytes += len(chunk)
                await queue.put((self.free_at + self.delay, chunk))
                # a sender cannot run ahead of its link by more than ~64 kB (TCP window)
                while self.free_at - time.monotonic() > 65536 / self.rate:
                    await asyncio.sleep(min(0.05, self.free_at - time.monotonic()))
        except (ConnectionError, asyncio.CancelledError):
            pass
        finally:
            await queue.put((0.0, None))
            await delivering


class LinkProxy:
    """`with LinkProxy(link, target_port) as proxy:` then connect to proxy.url."""

    def __init__(self, link: Link, target_port: int) -> None:
        self.link, self.target_port = link, target_port
        self.up = _Direction(link.up_kbps, link.rtt_ms / 2000)
        self.down = _Direction(link.down_kbps, link.rtt_ms / 2000)
        self.connections = 0
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self.port = 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    async def _handle(self, client_reader, client_writer) -> None:
        self.connections += 1
        await asyncio.sleep(self.link.rtt_ms / 1000)  # the TCP handshake crosses the link
        server_reader, server_writer = await asyncio.open_connection("127.0.0.1",
                                                                     self.target_port)
        await asyncio.gather(self.up.pump(client_reader, server_writer),
                             self.down.pump(server_reader, client_writer))

    def __enter__(self) -> "LinkProxy":
        self.thread.start()
        server = asyncio.run_coroutine_threadsafe(
            asyncio.start_server(self._handle, "127.0.0.1", 0), self.loop).result(10)
        self.server = server
        self.port = server.sockets[0].getsockname()[1]
        return self

    def __exit__(self, *_exc) -> None:
        async def close() -> None:
            self.server.close()
            for task in asyncio.all_tasks():
                if task is not asyncio.current_task():
                    task.cancel()

        asyncio.run_coroutine_threadsafe(close(), self.loop).result(10)
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(10)
