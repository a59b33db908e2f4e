"""Lesson 06 on one screen, in Python: lesson 05's lost update, then the same schedule with a Lock.

worker-1 reads the count and is held (a threading.Event) before it writes, while worker-2
increments too. Without a lock worker-2 reads the same 0 and one increment is lost; with both
steps inside `with lock:`, worker-2 cannot read before worker-1 has written and let go, and the
count is exact. Events, not the GIL, force the schedule, so it is the same on the default CPython
build (with the GIL) and on the free-threaded one (3.13 and later, without it): on neither does
the GIL make a read and a later write one step.

Run it from the project root: python3 06-locks/python/first_look.py
"""
import sys
import threading

lock = threading.Lock()
count = 0                                   # shared by both workers
one_has_read = one_may_write = two_at_lock = None


def say(what):
    # One write per line: print() writes the text and the newline apart, so two threads' lines could mix.
    sys.stdout.write(f"[{threading.current_thread().name}] {what}\n")


# tag::increment[]
def unsafe_increment():
    global count
    seen = count                            # step 1: read
    say(f"read {seen}")
    hold_worker_1()                         # worker-2 comes in between worker-1's steps
    count = seen + 1                        # step 2: write what it read, plus one
    say(f"wrote {count}")


def locked_increment():
    with lock:                              # both steps under one lock, let go even if a step raises
        unsafe_increment()
# end::increment[]


def hold_worker_1():
    if threading.current_thread().name == "worker-1":
        one_has_read.set()
        one_may_write.wait(timeout=5)


def worker(increment):
    if threading.current_thread().name == "worker-2":
        two_at_lock.set()                   # a Lock cannot say who waits for it: worker-2 says where it is
    increment()


for locked in (False, True):
    say("--- with a lock ---" if locked else "--- without a lock ---")
    count = 0
    one_has_read, one_may_write, two_at_lock = threading.Event(), threading.Event(), threading.Event()
    increment = locked_increment if locked else unsafe_increment
    one = threading.Thread(target=worker, args=(increment,), name="worker-1")
    two = threading.Thread(target=worker, args=(increment,), name="worker-2")
    one.start()
    one_has_read.wait(timeout=5)            # worker-1 has read and not written yet
    two.start()
    if locked:
        two_at_lock.wait(timeout=5)
        say("worker-2 is at the lock that worker-1 holds")
    else:
        two.join()                          # nothing stops worker-2: it reads 0 too
    one_may_write.set()
    one.join()
    two.join()
    say(f"2 increments, count {count}: " + ("exact" if count == 2 else f"{2 - count} lost"))
