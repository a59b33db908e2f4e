"""Lesson 07 on one screen, in Python: two threads, two locks, a deadlock on every run.

Each thread takes one lock, then asks for the other's; a threading.Barrier makes both hold their
first lock before either asks, so they deadlock on every run. Python has no deadlock detector
(nothing like Java's ThreadMXBean.findDeadlockedThreads()): here each thread notices that it
cannot proceed because its acquire(timeout=...) gives up. A second barrier keeps both locks held
until both have given up, so both always do; then each lets go of its lock and the program ends.

Run it from the project root: python3 07-deadlock/python/first_look.py
"""
import sys
import threading

both_hold_one = threading.Barrier(2, timeout=5)
both_gave_up = threading.Barrier(2, timeout=5)


def say(what):
    # One write per line: print() writes the text and the newline apart, so two threads' lines could mix.
    sys.stdout.write(f"[{threading.current_thread().name}] {what}\n")


def worker(mine, mine_name, theirs, theirs_name):
    with mine:
        say(f"holds {mine_name}; asks for {theirs_name}")
        both_hold_one.wait()              # both hold one lock before either asks for the other
        if theirs.acquire(timeout=0.5):   # never granted: the other thread holds it and waits for ours
            theirs.release()
            say(f"got {theirs_name} too")
        else:
            say(f"gave up waiting for {theirs_name} after 0.5 s: cannot proceed")
        both_gave_up.wait()               # neither lets go before both have given up
    say(f"let go of {mine_name}")


lock_a = threading.Lock()
lock_b = threading.Lock()
one = threading.Thread(target=worker, args=(lock_a, "lock A", lock_b, "lock B"), name="worker-1", daemon=True)
two = threading.Thread(target=worker, args=(lock_b, "lock B", lock_a, "lock A"), name="worker-2", daemon=True)
one.start()
two.start()
one.join()
two.join()
say("both threads ended; each had held the lock the other asked for")
