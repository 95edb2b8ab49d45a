#!/usr/bin/env python3
"""Stand-in for dia-slowlink (tests/tools/slowlink) until it is merged: forwards loopback ports through one
shared token bucket per direction (the link's bandwidth) and adds a one-way delay to every piece of data.

    slowlink.py --rate 100Mbit --delay 20ms LISTEN_PORT:TARGET_PORT [...]

Prints {"ports":{"LISTEN":TARGET,...}} once listening (LISTEN 0 picks a free port)."""
import argparse, asyncio, json, re, sys, time

def parse_rate(text):
    m = re.fullmatch(r"([\d.]+)\s*([kKmMgG]?)(bit|bps|B)?", text)
    if not m:
        raise SystemExit(f"bad --rate {text}")
    value = float(m.group(1)) * {"": 1, "k": 1e3, "m": 1e6, "g": 1e9}[m.group(2).lower()]
    return value / 8 if (m.group(3) or "bit") in ("bit", "bps") else value  # bytes per second

def parse_delay(text):
    m = re.fullmatch(r"([\d.]+)\s*(ms|s)?", text)
    return float(m.group(1)) / (1000 if (m.group(2) or "ms") == "ms" else 1)

class Bucket:
    def __init__(self, rate):
        self.rate, self.tokens, self.last = rate, 0.0, time.monotonic()
        self.lock = asyncio.Lock()
    async def take(self, n):
        async with self.lock:
            while True:
                now = time.monotonic()
                self.tokens = min(self.rate * 0.05, self.tokens + (now - self.last) * self.rate)
                self.last = now
                if self.tokens >= n:
                    self.tokens -= n
                    return
                await asyncio.sleep((n - self.tokens) / self.rate)

async def pump(reader, writer, bucket, delay):
    queue = asyncio.Queue()
    async def deliver():
        while True:
            due, data = await queue.get()
            wait = due - time.monotonic()
            if wait > 0:
                await asyncio.sleep(wait)
            if data is None:
                try:
                    writer.write_eof()
                except Exception:
                    pass
                return
            writer.write(data)
            await writer.drain()
    task = asyncio.create_task(deliver())
    try:
        while True:
            data = await reader.read(16384)
            if not data:
                break
            await bucket.take(len(data))
            await queue.put((time.monotonic() + delay, data))
            while queue.qsize() > 32:  # bounded (512 KiB, about the link's bandwidth-delay product): the sender feels the link
                await asyncio.sleep(0.001)
    except Exception:
        pass
    await queue.put((time.monotonic() + delay, None))
    try:
        await task
    except Exception:
        pass

async def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--rate", default="100Mbit")
    ap.add_argument("--delay", default="20ms")
    ap.add_argument("pairs", nargs="+")
    args = ap.parse_args()
    rate, delay = parse_rate(args.rate), parse_delay(args.delay)
    up, down = Bucket(rate), Bucket(rate)
    ports = {}
    for pair in args.pairs:
        listen, target = (int(x) for x in pair.split(":"))
        async def handle(r, w, target=target):
            try:
                tr, tw = await asyncio.open_connection("127.0.0.1", target)
            except OSError:
                w.close()
                return
            await asyncio.gather(pump(r, tw, up, delay), pump(tr, w, down, delay))
            tw.close(); w.close()
        server = await asyncio.start_server(handle, "127.0.0.1", listen)
        ports[str(server.sockets[0].getsockname()[1])] = target
    print(json.dumps({"ports": ports}), flush=True)
    await asyncio.Event().wait()

asyncio.run(main())
