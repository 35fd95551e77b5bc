#!/usr/bin/env python3
"""Load drivers for bench/slow-clients.sh and bench/soak.sh (issue 22): a running stub at --base, the
stub's default credentials. Needs only Python 3.

  load.py slow --port P [--slow 64] [--seconds 20] [--workers 4]
      64 connections send a create's headers, then its body at one byte a second; meanwhile WORKERS threads
      send normal requests (create, get, list, delete) back to back. Prints the normal requests' count,
      refusals/failures and p50/p99/max latency, and what each slow connection got (status, code, seconds).
      Exit 1 if a normal request failed, if p99 >= 100 ms, or if a slow one got anything but 408 1021.

  load.py soak --port P --pid PID --minutes M [--workers 4] [--slow 4]
      Every operation (create, bulk create, get, list, update, delete, validate_only), invalid requests
      (malformed JSON, a refused field, an unknown id, no credentials) and a few slow clients, for M minutes.
      Each minute prints: requests, errors (an answer other than the one expected), 5xx, p50/p99 ms, heap
      after a full GC (jcmd), RSS. Exit 1 on any 5xx or error, or if heap after GC, RSS or p99 grows
      without bound (last third of the run against the first third: more than 1.5x + 32 MiB, or p99 > 3x + 20 ms).
"""
import argparse, http.client, json, random, re, socket, subprocess, sys, threading, time

TOKEN = "Sn3lZJTBX6kkg7OdcBUAxOO963GEIyGQqnFTOFYY"
ACCOUNT = "023e105f4ecef8ad9ca31a8372d0c353"
OTHER = "9a7806061c88ada191ed06f989cc3dac"
AUTH = {"Authorization": "Bearer " + TOKEN}
JSON = dict(AUTH, **{"Content-Type": "application/json"})


def tunnels_path(account=ACCOUNT):
    return "/client/v4/accounts/%s/magic/gre_tunnels" % account


def tunnel(name, **extra):
    body = {"name": name, "customer_gre_endpoint": "203.0.113.2", "cloudflare_gre_endpoint": "203.0.113.1",
            "interface_address": "10.212.0.0/31"}
    body.update(extra)
    return body


class Client:
    """One keep-alive connection; reconnects when the stub closes it."""

    def __init__(self, port):
        self.port = port
        self.conn = None

    def call(self, method, path, body=None, headers=None):
        for attempt in range(2):
            if self.conn is None:
                self.conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
            try:
                start = time.monotonic()
                data = None if body is None else (body if isinstance(body, (bytes, str)) else json.dumps(body))
                if headers is None:
                    headers = JSON if data is not None else AUTH
                self.conn.request(method, path, body=data, headers=headers)
                response = self.conn.getresponse()
                payload = response.read()
                if response.getheader("Connection", "").lower() == "close":
                    self.conn.close()
                    self.conn = None
                return response.status, payload, time.monotonic() - start
            except (http.client.HTTPException, OSError):
                self.conn.close()
                self.conn = None
                if attempt == 1:
                    raise


class Stats:
    def __init__(self):
        self.lock = threading.Lock()
        self.reset()

    def reset(self):
        self.latencies, self.errors, self.server_errors, self.samples = [], 0, 0, []

    def record(self, seconds, expected, status, what):
        with self.lock:
            self.latencies.append(seconds)
            if status >= 500:
                self.server_errors += 1
            if status not in expected:
                self.errors += 1
                if len(self.samples) < 5:
                    self.samples.append("%s -> %d" % (what, status))

    def take(self):
        with self.lock:
            taken = (self.latencies, self.errors, self.server_errors, self.samples)
            self.reset()
            return taken


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * p / 100))] * 1000 if ordered else float("nan")


def mixed_operations(port, stats, stop, worker, rng, include_invalid):
    """Creates tunnels and deletes them again, so the store stays small; every operation on the way."""
    client = Client(port)
    n = 0
    while not stop.is_set():
        n += 1
        name = "W%dN%d" % (worker, n % 100000)

        def run(what, expected, method, path, body=None, headers=None):
            status, payload, seconds = client.call(method, path, body, headers)
            stats.record(seconds, expected, status, what)
            return status, payload

        status, payload = run("create", {200}, "POST", tunnels_path(), tunnel(name))
        ident = json.loads(payload)["result"]["id"] if status == 200 else None
        run("get list", {200}, "GET", tunnels_path())
        if ident:
            run("get", {200}, "GET", tunnels_path() + "/" + ident)
            run("update", {200}, "PUT", tunnels_path() + "/" + ident, tunnel(name, description="updated", mtu=1400))
            run("validate_only delete", {200}, "DELETE", tunnels_path() + "/" + ident + "?validate_only=true")
            run("delete", {200}, "DELETE", tunnels_path() + "/" + ident)
        bulk = [tunnel("B%dN%dI%d" % (worker, n % 100000, i)) for i in range(5)]
        status, payload = run("bulk create", {200}, "POST", tunnels_path(OTHER), {"gre_tunnels": bulk})
        if status == 200:
            for created in json.loads(payload)["result"]["gre_tunnels"]:
                run("delete of bulk", {200}, "DELETE", tunnels_path(OTHER) + "/" + created["id"])
        if include_invalid:
            run("malformed JSON", {400}, "POST", tunnels_path(), b'{"name": "x",')
            run("refused field", {400}, "POST", tunnels_path(), tunnel("NAME_FAR_TOO_LONG_FOR_A_TUNNEL"))
            run("unknown id", {404}, "GET", tunnels_path() + "/" + "%032x" % rng.getrandbits(128))
            run("no credentials", {400, 401, 403}, "GET", tunnels_path(), headers={})


def slow_client(port, stop, results, body_bytes=200):
    """Headers, then a body at one byte a second, until answered or stopped; records (status, code, seconds)."""
    body = json.dumps(tunnel("SLOW")).ljust(body_bytes).encode()
    while not stop.is_set():
        sock = socket.create_connection(("127.0.0.1", port))
        start = time.monotonic()
        sock.sendall(("POST %s HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer %s\r\nContent-Type: "
                      "application/json\r\nContent-Length: %d\r\n\r\n" % (tunnels_path(), TOKEN, len(body))).encode())
        sock.settimeout(1.0)
        answer = b""
        for i in range(len(body)):
            try:
                chunk = sock.recv(4096)
                if chunk:
                    answer += chunk
                    break
                answer = b"(closed)"
                break
            except socket.timeout:
                pass
            if stop.is_set():
                break
            try:
                sock.sendall(body[i:i + 1])
            except OSError:
                break
        sock.settimeout(5.0)
        try:
            while b"\r\n\r\n" in answer and len(answer.split(b"\r\n\r\n", 1)[1]) < 20:
                more = sock.recv(4096)
                if not more:
                    break
                answer += more
        except OSError:
            pass
        sock.close()
        if not answer and stop.is_set():
            return  # stopped before an answer was due: not an outcome
        status = int(answer.split()[1]) if answer.startswith(b"HTTP/") else 0
        code = re.search(rb'"code":(\d+)', answer)
        results.append((status, int(code.group(1)) if code else None, time.monotonic() - start))


def slow_mode(args):
    stats, stop, slow_results = Stats(), threading.Event(), []
    slows = [threading.Thread(target=slow_client, args=(args.port, stop, slow_results)) for _ in range(args.slow)]
    for thread in slows:
        thread.start()
    time.sleep(2)  # every slow connection has sent its headers and is trickling
    workers = [threading.Thread(target=mixed_operations, args=(args.port, stats, stop, w, random.Random(w), False))
               for w in range(args.workers)]
    for thread in workers:
        thread.start()
    time.sleep(args.seconds)
    stop.set()
    for thread in workers + slows:
        thread.join()
    latencies, errors, server_errors, samples = stats.take()
    print("normal requests while %d connections trickled bodies at 1 byte/s: %d answered, %d not as expected "
          "(%d 5xx)%s; p50 %.1f ms, p99 %.1f ms, max %.1f ms" % (
              args.slow, len(latencies), errors, server_errors, (" e.g. " + ", ".join(samples)) if samples else "",
              percentile(latencies, 50), percentile(latencies, 99), max(latencies, default=0) * 1000))
    outcomes = {}
    for status, code, seconds in slow_results:
        outcomes.setdefault((status, code), []).append(seconds)
    for (status, code), times in sorted(outcomes.items(), key=lambda item: str(item[0])):
        print("slow connections answered %s code %s: %d, after %.1f-%.1f s" % (status, code, len(times), min(times), max(times)))
    ok = (errors == 0 and percentile(latencies, 99) < 100
          and bool(slow_results) and all(status == 408 and code == 1021 for status, code, _ in slow_results))
    print("verdict: " + ("PASS" if ok else "FAIL") + " (target: no refusal, p99 < 100 ms, every slow one 408 1021)")
    return 0 if ok else 1


def heap_after_gc(pid):
    subprocess.run(["jcmd", str(pid), "GC.run"], capture_output=True)
    text = subprocess.run(["jcmd", str(pid), "GC.heap_info"], capture_output=True, text=True).stdout
    used = re.search(r"used (\d+)K", text)
    return int(used.group(1)) // 1024 if used else -1


def rss(pid):
    status = open("/proc/%d/status" % pid).read()
    return int(re.search(r"VmRSS:\s+(\d+)", status).group(1)) // 1024


def soak_mode(args):
    stats, stop, slow_results = Stats(), threading.Event(), []
    threads = [threading.Thread(target=mixed_operations, args=(args.port, stats, stop, w, random.Random(w), True))
               for w in range(args.workers)]
    threads += [threading.Thread(target=slow_client, args=(args.port, stop, slow_results)) for _ in range(args.slow)]
    for thread in threads:
        thread.start()
    rows, total_errors, total_5xx = [], 0, 0
    print("minute | requests | errors | 5xx | p50 ms | p99 ms | heap after GC MiB | RSS MiB | slow answered 408 1021", flush=True)
    try:
        for minute in range(1, args.minutes + 1):
            time.sleep(60)
            latencies, errors, server_errors, samples = stats.take()
            slow_ok = sum(1 for status, code, _ in slow_results if status == 408 and code == 1021)
            slow_other = [r for r in slow_results if not (r[0] == 408 and r[1] == 1021)]
            slow_results.clear()
            row = (minute, len(latencies), errors + len(slow_other), server_errors, percentile(latencies, 50),
                   percentile(latencies, 99), heap_after_gc(args.pid), rss(args.pid), slow_ok)
            rows.append(row)
            total_errors += row[2]
            total_5xx += server_errors
            print("%6d | %8d | %6d | %3d | %6.1f | %6.1f | %17d | %7d | %d%s" % (row + (
                (" e.g. " + ", ".join(samples + [str(r) for r in slow_other[:3]])) if samples or slow_other else "",)),
                flush=True)
    finally:
        stop.set()
        for thread in threads:
            thread.join()
    third = max(1, len(rows) // 3)
    first, last = rows[:third], rows[-third:]
    avg = lambda part, i: sum(r[i] for r in part) / len(part)
    growth = []
    for name, i, slack, factor in (("heap after GC", 6, 32, 1.5), ("RSS", 7, 32, 1.5), ("p99", 5, 20, 3.0)):
        if avg(last, i) > avg(first, i) * factor + slack:
            growth.append("%s %.0f -> %.0f" % (name, avg(first, i), avg(last, i)))
    ok = total_5xx == 0 and total_errors == 0 and not growth
    print("verdict: %s (%d errors, %d 5xx, growth: %s)" % ("PASS" if ok else "FAIL", total_errors, total_5xx,
                                                           ", ".join(growth) or "none"))
    return 0 if ok else 1


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("mode", choices=["slow", "soak"])
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--pid", type=int)
    parser.add_argument("--slow", type=int)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--seconds", type=int, default=20)
    parser.add_argument("--minutes", type=int, default=20)
    args = parser.parse_args()
    if args.mode == "slow":
        args.slow = 64 if args.slow is None else args.slow
        return slow_mode(args)
    args.slow = 4 if args.slow is None else args.slow
    return soak_mode(args)


if __name__ == "__main__":
    sys.exit(main())
