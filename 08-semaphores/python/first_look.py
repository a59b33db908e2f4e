"""Lesson 08 on one screen, in Python: a Semaphore of 2 permits, 4 threads.

threading.Event makes the third and the fourth thread ask while two are inside: acquire(blocking=False)
fails, and acquire() waits until one leaves. Then one release too many: Semaphore takes it,
BoundedSemaphore raises ValueError.

Run it from the project root: python3 08-semaphores/python/first_look.py
"""
import sys
import threading

seats = threading.Semaphore(2)            # 2 permits: at most 2 threads inside
inside = 0
inside_lock = threading.Lock()            # inside += 1 is a read and a write: guard it


def say(what):
    # One write per line: print() writes the text and the newline apart, so two threads' lines could mix.
    sys.stdout.write(f"[{threading.current_thread().name}] {what}\n")


def count_inside(step):
    global inside
    with inside_lock:
        inside += step
        return inside


class Visitor:
    """A thread that takes a permit, stays inside until it may leave, then gives the permit back."""

    def __init__(self, name):
        self.inside, self.asked, self.may_leave = threading.Event(), threading.Event(), threading.Event()
        self.thread = threading.Thread(target=self.visit, name=name)
        self.thread.start()

    def visit(self):
        got = seats.acquire(blocking=False)     # takes a permit only if one is free now
        if not got:
            say(f"acquire(blocking=False) failed with {count_inside(0)} inside; waits in acquire()")
        self.asked.set()
        if not got:
            seats.acquire()                     # returns once another thread has released
        say(f"got a permit ({count_inside(+1)} inside)")
        self.inside.set()
        self.may_leave.wait()
        count_inside(-1)
        say("releases its permit")
        seats.release()


visitors = [Visitor("worker-1"), Visitor("worker-2")]
for i in range(2, 4):
    visitors[i - 2].inside.wait()
    visitors[i - 1].inside.wait()              # two inside: no permit free
    visitors.append(Visitor(f"worker-{i + 1}"))
    visitors[i].asked.wait()                   # it asked while two were inside
    visitors[i - 2].may_leave.set()            # one releases: the waiting one gets in
visitors[3].inside.wait()
for v in visitors:
    v.may_leave.set()
    v.thread.join()
say("all have left")
seats.release()                                # one release too many: Semaphore takes it
taken = sum(seats.acquire(blocking=False) for _ in range(4))   # Python shows no count: take what is there
say(f"Semaphore(2) after an extra release: {taken} permits")
try:
    threading.BoundedSemaphore(2).release()    # the same mistake on a bounded semaphore
except ValueError as e:
    say(f"BoundedSemaphore refused the extra release: ValueError: {e}")
