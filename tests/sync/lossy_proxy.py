"""A small asyncio TCP proxy on loopback that misbehaves like a bad rural link: it drops
connections, cuts responses half-way, delays, and delivers requests twice."""
from __future__ import annotations

import asyncio
import random
import socket
import threading


class LossyProxy:
    """The first connections get the faults in `opening` (one each, so every kind of fault
    surely happens); after that each connection draws its fault at random."""

    def __init__(self, upstream_port: int, *, seed: int = 7, drop: float = 0.1,
                 cut: float = 0.15, duplicate: float = 0.15, max_delay: float = 0.05,
                 opening: tuple[str, ...] = ("drop", "cut", "duplicate")) -> None:
        self.upstream_port = upstream_port
        self.opening = list(opening)
        self.rng = random.Random(seed)
        self.drop, self.cut, self.duplicate, self.max_delay = drop, cut, duplicate, max_delay
        self.stats = {"connections": 0, "dropped": 0, "cut": 0, "duplicated": 0}
        sock = socket.socket()
        sock.bind(("127.0.0.1", 0))
        self.port = sock.getsockname()[1]
        sock.close()
        self.url = f"http://127.0.0.1:{self.port}"
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)

    def start(self) -> "LossyProxy":
        self.thread.start()
        future = asyncio.run_coroutine_threadsafe(
            asyncio.start_server(self._handle, "127.0.0.1", self.port), self.loop)
        self.server = future.result(10)
        return self

    def stop(self) -> None:
        async def close():
            self.server.close()
        asyncio.run_coroutine_threadsafe(close(), self.loop).result(10)
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(10)

    async def _handle(self, client_reader, client_writer) -> None:
        self.stats["connections"] += 1
        scripted = self.opening.pop(0) if self.opening else None
        roll = self.rng.random()
        if scripted == "drop" or (scripted is None and roll < self.drop):
            self.stats["dropped"] += 1
            client_writer.close()
            return
        if scripted == "cut":
            cut_after = 1
        else:
            cut_after = self.rng.randint(1, 400) if scripted is None and roll < self.drop + self.cut else None
        twice = scripted == "duplicate" or (scripted is None and self.rng.random() < self.duplicate)
        try:
            up_reader, up_writer = await asyncio.open_connection("127.0.0.1", self.upstream_port)
        except OSError:
            client_writer.close()
            return
        sent_copy = bytearray()

        async def upstream():
            try:
                while data := await client_reader.read(65536):
                    await asyncio.sleep(self.rng.random() * self.max_delay)
                    up_writer.write(data)
                    sent_copy.extend(data)
                    await up_writer.drain()
            except OSError:
                pass
            finally:
                up_writer.close()

        async def downstream():
            passed = 0
            try:
                while data := await up_reader.read(65536):
                    if cut_after is not None and passed + len(data) > cut_after:
                        client_writer.write(data[:cut_after - passed])
                        self.stats["cut"] += 1
                        break
                    passed += len(data)
                    client_writer.write(data)
                    await client_writer.drain()
                    if twice and sent_copy:
                        await self._replay(bytes(sent_copy))
            except OSError:
                pass
            finally:
                client_writer.close()
                up_writer.close()

        await asyncio.gather(upstream(), downstream(), return_exceptions=True)

    async def _replay(self, request: bytes) -> None:
        """Deliver the same request bytes a second time on another connection."""
        self.stats["duplicated"] += 1
        try:
            reader, writer = await asyncio.open_connection("127.0.0.1", self.upstream_port)
            writer.write(request)
            await writer.drain()
            await asyncio.wait_for(reader.read(65536), 30)
            writer.close()
        except (OSError, asyncio.TimeoutError):
            pass
