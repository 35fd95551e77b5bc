#!/usr/bin/env python3
"""A list of a big account against a small heap, with the stub answering others meanwhile (issue 22, point 2).

    bench/big-list.py [--tunnels 1000000] [--heap 512m] [--store memory|file:PATH|jdbc:postgresql://...]

Starts the built jar (server-stub/target/server-stub.jar) with -Xmx<heap> and GC logging, fills one account
with --tunnels tunnels through the API (bulk creates of 1 000), then lists that account once (the whole answer
read and counted) while another thread lists a 1-tunnel account in a loop. Prints the list's status, size, time
and tunnel count, the other requests' count, failures and latency percentiles during the big list, the peak
heap after GC during the list (from the GC log) and the stub's resident memory (VmHWM). Exit code 1 if the big
list is not a complete 200 or any other request fails.
"""
import argparse, http.client, json, os, re, socket, subprocess, sys, threading, time

BIG = "023e105f4ecef8ad9ca31a8372d0c353"
SMALL = "9a7806061c88ada191ed06f989cc3dac"
TOKEN = "Sn3lZJTBX6kkg7OdcBUAxOO963GEIyGQqnFTOFYY"
HEADERS = {"Authorization": "Bearer " + TOKEN, "Content-Type": "application/json"}


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def path(account):
    return "/client/v4/accounts/%s/magic/gre_tunnels" % account


def request(port, method, url, body=None, timeout=60):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    conn.request(method, url, body=body, headers=HEADERS if body is not None else {"Authorization": HEADERS["Authorization"]})
    response = conn.getresponse()
    data = response.read()
    conn.close()
    return response.status, data


def fill(port, account, count, batch=1000):
    done = 0
    while done < count:
        n = min(batch, count - done)
        tunnels = [{"name": "T%d" % (done + i), "customer_gre_endpoint": "203.0.113.2",
                    "cloudflare_gre_endpoint": "203.0.113.1", "interface_address": "10.212.0.0/31"}
                   for i in range(n)]
        status, data = request(port, "POST", path(account), json.dumps({"gre_tunnels": tunnels}))
        if status != 200:
            sys.exit("fill failed at %d: %d %s" % (done, status, data[:300]))
        done += n
        if done % 100000 == 0:
            print("  filled %d" % done, file=sys.stderr, flush=True)


def big_list(port, account):
    start = time.monotonic()
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=600)
    conn.request("GET", path(account), headers={"Authorization": HEADERS["Authorization"]})
    response = conn.getresponse()
    size, count, tail = 0, 0, b""
    while True:
        chunk = response.read(1 << 16)
        if not chunk:
            break
        size += len(chunk)
        count += (tail + chunk).count(b'"name":') - tail.count(b'"name":')
        tail = chunk[-16:]
    conn.close()
    return response.status, size, count, time.monotonic() - start


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * p / 100))] if ordered else float("nan")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--tunnels", type=int, default=1000000)
    parser.add_argument("--heap", default="512m")
    parser.add_argument("--store", default="memory")
    parser.add_argument("--jar", default="server-stub/target/server-stub.jar")
    args = parser.parse_args()
    port = free_port()
    gc_log = "bench/target/big-list-gc.log"
    os.makedirs("bench/target", exist_ok=True)
    stub = subprocess.Popen(["java", "-Xmx" + args.heap, "-Xlog:gc:file=" + gc_log + ":uptime", "-jar", args.jar,
                             "--port", str(port), "--store", args.store],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(300):
            try:
                request(port, "GET", path(SMALL))
                break
            except OSError:
                time.sleep(0.1)
        t0 = time.monotonic()
        fill(port, BIG, args.tunnels)
        fill_seconds = time.monotonic() - t0
        request(port, "POST", path(SMALL), json.dumps({"name": "ONE", "customer_gre_endpoint": "203.0.113.2",
                                                       "cloudflare_gre_endpoint": "203.0.113.1",
                                                       "interface_address": "10.212.0.0/31"}))
        latencies, failures, stop = [], [], threading.Event()

        def others():
            while not stop.is_set():
                begin = time.monotonic()
                try:
                    status, _ = request(port, "GET", path(SMALL), timeout=30)
                    (latencies if status == 200 else failures).append(time.monotonic() - begin)
                except OSError as e:
                    failures.append(str(e))
                time.sleep(0.02)

        worker = threading.Thread(target=others)
        with open(gc_log) as log:
            log.seek(0, 2)
            gc_mark = log.tell()
        worker.start()
        status, size, count, seconds = big_list(port, BIG)
        stop.set()
        worker.join()
        with open(gc_log) as log:
            log.seek(gc_mark)
            during = log.read()
        after_gc = [int(m) for m in re.findall(r"->(\d+)M", during)]
        before_gc = [int(m) for m in re.findall(r"\) (\d+)M->", during)]
        hwm = re.search(r"VmHWM:\s+(\d+)", open("/proc/%d/status" % stub.pid).read()).group(1)
        print("tunnels in the account: %d (filled in %.0f s), heap -Xmx%s, store %s" % (args.tunnels, fill_seconds, args.heap, args.store))
        print("big list: status %d, %d bytes, %d tunnels, %.1f s" % (status, size, count, seconds))
        print("other requests during it: %d answered 200, %d failed; p50 %.1f ms, p99 %.1f ms, max %.1f ms" % (
            len(latencies), len(failures), percentile(latencies, 50) * 1000, percentile(latencies, 99) * 1000,
            max(latencies, default=float("nan")) * 1000))
        print("GCs during the list: %d; heap after GC: max %s MiB; heap before GC: max %s MiB; stub VmHWM %d MiB" % (
            len(after_gc), max(after_gc, default="n/a"), max(before_gc, default="n/a"), int(hwm) // 1024))
        ok = status == 200 and count == args.tunnels and not failures
        print("verdict: " + ("PASS" if ok else "FAIL"))
        return 0 if ok else 1
    finally:
        stub.terminate()
        stub.wait()


if __name__ == "__main__":
    sys.exit(main())
