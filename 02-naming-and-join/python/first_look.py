"""Lesson 02 on one screen, in Python: named threads, join() for each, results added after.

Three threads, each named after its job, add up one part of 1 + 2 + ... + 3000; the main thread
waits for each with join() and only then reads and adds their results. The workers' lines may
come in any order; the main thread's lines come after all of them, and in the same order, on every
run: it prints only once it has joined every worker. A thread's target cannot return a value to
the thread that joins it (join() returns None), so each worker writes its sum into its own slot
of a list.

Run it from the project root: python3 02-naming-and-join/python/first_look.py
"""
import sys
import threading

WORKERS = 3
sums = [0] * WORKERS                                 # each worker writes its own slot


def say(what):
    # One write per line: print() writes the text and the newline apart, so two threads' lines could mix.
    sys.stdout.write(f"[{threading.current_thread().name}] {what}\n")


def add_up(slot, first, last):
    sums[slot] = sum(range(first, last + 1))
    say(f"added {first} to {last}: {sums[slot]}")


# tag::name-start-join[]
workers = []
for k in range(WORKERS):
    workers.append(threading.Thread(target=add_up, args=(k, k * 1000 + 1, (k + 1) * 1000),
                                    name=f"adder-{k + 1}"))
for worker in workers:
    worker.start()                                   # all three in progress together
for worker in workers:
    worker.join()                                    # wait for this one; the others go on meanwhile
total = 0
for k in range(WORKERS):                             # every worker has ended: their sums are there
    say(f"{workers[k].name} found {sums[k]}")
    total += sums[k]
say(f"total {total}; 3000 * 3001 // 2 = {3000 * 3001 // 2}")
# end::name-start-join[]
