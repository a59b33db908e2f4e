"""Lesson 04 on one screen, in Python: two tasks one after the other, then on two threads, timed.

Two waits (a sleep stands for a download) overlap on two threads: the GIL is released while a
thread sleeps or waits for I/O. Two counts of primes overlap too (both are in progress together),
but on the default build of CPython only the thread holding the GIL runs Python code, so they take
turns and finish no sooner. The free-threaded build (3.13+, PEP 703; supported in 3.14, PEP 779)
has no GIL and can run them on two cores at once. A threading.Barrier lets no task begin before
both threads have started, so both are in progress together on every run.

Run it from the project root: python3 04-concurrency-speedup/python/first_look.py
"""
import os
import sys
import threading
import time


def say(what):
    # One write per line: print() writes the text and the newline apart, so two threads' lines could mix.
    sys.stdout.write(f"[{threading.current_thread().name}] {what}\n")


def build():
    is_gil_enabled = getattr(sys, "_is_gil_enabled", None)   # 3.13+ only
    if is_gil_enabled is None:
        return "GIL (default build)"
    return "GIL enabled" if is_gil_enabled() else "free-threaded, GIL disabled"


# tag::compare[]
def compare(task, work):
    start = time.perf_counter()
    first = work()                                   # one after the other, on MainThread
    second = work()
    in_sequence = time.perf_counter() - start
    say(f"one after the other: {task}, twice: {first} + {second} in {in_sequence * 1000:.0f} ms")

    both_started = threading.Barrier(2, timeout=10)
    results = [0, 0]

    def run(index):
        both_started.wait()                          # neither task begins before both threads run
        say("started: both threads are running")
        results[index] = work()

    start = time.perf_counter()
    one = threading.Thread(target=run, args=(0,), name="worker-1")
    two = threading.Thread(target=run, args=(1,), name="worker-2")
    one.start()                                      # both run from here on...
    two.start()
    one.join()                                       # ...and MainThread waits for both
    two.join()
    together = time.perf_counter() - start
    say(f"two threads: {task}, twice: {results[0]} + {results[1]} in {together * 1000:.0f} ms, "
        f"{in_sequence / together:.1f}x as fast")
# end::compare[]


def wait_300_ms():
    time.sleep(0.3)
    return 1


def count_primes_below_200000():
    count = 0
    for n in range(2, 200_000):
        d = 2
        while d * d <= n and n % d != 0:
            d += 1
        count += d * d > n
    return count


cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
say(f"CPUs this process may use: {cpus}; Python {sys.version.split()[0]}, {build()}")
compare("wait 300 ms", wait_300_ms)
compare("count the primes below 200000", count_primes_below_200000)
