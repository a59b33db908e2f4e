"""Lesson 11 on one screen, in Python: many threads, each blocked on a simulated wait.

Python has no virtual threads: every threading.Thread is an OS thread, so this twin starts
1,000 of them, not the 10,000 of the Java first look. Each waits for the go, then sleeps
100 ms (a slow network call, say); all of them finish in about one sleep, not 1,000 in a row.
A Barrier makes every one of them be alive and blocked at the same moment, on every run, and
threading.active_count() then counts them: one OS thread each, plus the main thread. The time
is measured from the go, so it can never be less than one sleep.

Run it from the project root: python3 11-virtual-threads/python/first_look.py
"""
import sys
import threading
import time

THREADS = 1_000
WAIT = 0.1

arrived = threading.Barrier(THREADS + 1, timeout=30)   # every thread, and the main thread
go = threading.Event()


def say(what):
    # One write per line: print() writes the text and the newline apart, so two threads' lines could mix.
    sys.stdout.write(f"[{threading.current_thread().name}] {what}\n")


# tag::start[]
def task():
    arrived.wait()
    go.wait(timeout=30)                   # blocked: an OS thread that sleeps in the kernel
    time.sleep(WAIT)                      # the simulated wait; the GIL is let go while it sleeps
    if threading.current_thread().name == "thread-1":
        say(f"woke up after its {WAIT * 1000:.0f} ms sleep")


threads = [threading.Thread(target=task, name=f"thread-{i + 1}") for i in range(THREADS)]
for thread in threads:
    thread.start()
# end::start[]
say(f"{THREADS} threads started; each waits for the go, then sleeps {WAIT * 1000:.0f} ms")
arrived.wait()                            # all of them are alive and blocked now
say(f"all {THREADS} are blocked at once; threads in this process: {threading.active_count()}")
say(f"go: every thread now sleeps {WAIT * 1000:.0f} ms")
start = time.monotonic()
go.set()
for thread in threads:
    thread.join()
took_ms = (time.monotonic() - start) * 1000
say(f"all {THREADS} done {took_ms:.0f} ms after the go; one after the other they would take"
    f" {THREADS * WAIT:.0f} s")
