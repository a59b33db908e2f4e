"""Lesson 04's demo, the Python threads' part: the same waits and the same kind of counting as
the Java demo, one after another and on a thread per task, timed on this machine.

The Java demo runs this file when python3 is on the PATH and prints its speed-ups beside Java's.
Run it alone from the project root:
    python3 04-concurrency-speedup/python/speedup.py --tasks 8 --io-millis 50 --cpu-work 100000 --runs 3

Each part runs once on a tiny workload first (a warm-up), then --runs times, alternating one
after another with a thread per task; the median of each is printed.
On the default build of CPython, the GIL lets one thread run Python code at a time: waits
overlap (a sleeping thread releases the GIL), counting does not. The free-threaded build
(3.13+, PEP 703; supported in 3.14, PEP 779) has no GIL, and its threads count on every core.
"""
import argparse
import os
import statistics
import sys
import threading
import time


def build():
    is_gil_enabled = getattr(sys, "_is_gil_enabled", None)   # 3.13+ only
    if is_gil_enabled is None:
        return "GIL (default build)"
    return "GIL enabled" if is_gil_enabled() else "free-threaded, GIL disabled"


def wait(millis):
    time.sleep(millis / 1000)                 # stands for a download: the GIL is released meanwhile
    return 1


def is_prime(n):
    if n < 2:
        return False
    if n % 2 == 0:
        return n == 2
    divisor = 3
    while divisor * divisor <= n:
        if n % divisor == 0:
            return False
        divisor += 2
    return True


def count_primes(start, end):
    return sum(1 for n in range(start, end) if is_prime(n))


def one_after_another(tasks):
    return [task() for task in tasks]


def a_thread_per_task(tasks):
    results = [None] * len(tasks)

    def run(index):
        results[index] = tasks[index]()

    threads = [threading.Thread(target=run, args=(i,), name=f"worker-{i + 1}") for i in range(len(tasks))]
    for thread in threads:
        thread.start()                        # all started before any is joined
    for thread in threads:
        thread.join()
    return results


def median_millis(tasks, warm_up, runs):
    """The median wall time of each way, in ms, and the results, which both ways must agree on."""
    one_after_another(warm_up)
    a_thread_per_task(warm_up)
    times = {one_after_another: [], a_thread_per_task: []}
    results = set()
    for _ in range(runs):
        for way in times:
            start = time.perf_counter()
            results.add(sum(way(tasks)))
            times[way].append((time.perf_counter() - start) * 1000)
    if len(results) != 1:
        raise SystemExit(f"the two ways disagree: {sorted(results)}")
    return statistics.median(times[one_after_another]), statistics.median(times[a_thread_per_task]), results.pop()


def ranges(limit, tasks):
    bounds = [limit * i // tasks for i in range(tasks + 1)]
    return list(zip(bounds, bounds[1:]))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tasks", type=int, default=8)
    parser.add_argument("--io-millis", type=int, default=50)
    parser.add_argument("--cpu-work", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    print(f"Python {sys.version.split()[0]}, {build()}, {cpus} CPU{'' if cpus == 1 else 's'}", flush=True)

    waits = [lambda: wait(args.io_millis)] * args.tasks
    sequence, threads, replies = median_millis(waits, [lambda: wait(1)] * args.tasks, args.runs)
    print(f"waiting: {args.tasks} waits of {args.io_millis} ms, median of {args.runs}: "
          f"one after another {sequence:.1f} ms, a thread per task {threads:.1f} ms, {replies} replies", flush=True)

    counts = [lambda s=s, e=e: count_primes(s, e) for s, e in ranges(args.cpu_work, args.tasks)]
    small = [lambda s=s, e=e: count_primes(s, e) for s, e in ranges(1_000, args.tasks)]
    sequence, threads, primes = median_millis(counts, small, args.runs)
    print(f"computing: the primes below {args.cpu_work} in {args.tasks} ranges, median of {args.runs}: "
          f"one after another {sequence:.1f} ms, a thread per task {threads:.1f} ms, {primes} primes", flush=True)


if __name__ == "__main__":
    main()
