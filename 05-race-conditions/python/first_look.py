"""Lesson 05 on one screen, in Python: two threads each add one to a shared counter, and one of
the two updates is lost, on every run.

count = count + 1 is a read, then a write; a threading.Barrier between the two makes both
threads read 0 before either writes, so both write 1. The GIL changes nothing here: it lets one
thread run Python code at a time, but a thread can still lose its turn between the read and the
write, and the barrier makes it lose it there every time.

Run it from the project root: python3 05-race-conditions/python/first_look.py
"""
import sys
import threading

count = 0                                      # shared, unguarded: the bug
both_have_read = threading.Barrier(2, timeout=5)


def say(what):
    # One write per line: print() writes the text and the newline apart, so two threads' lines could mix.
    sys.stdout.write(f"[{threading.current_thread().name}] {what}\n")


# tag::increment[]
def increment():
    global count
    seen = count                               # 1. read
    say(f"read {seen}")
    both_have_read.wait()                      # neither writes before both have read
    count = seen + 1                           # 2. write what it read plus one
    say(f"wrote {seen + 1}")
# end::increment[]


one = threading.Thread(target=increment, name="worker-1")
two = threading.Thread(target=increment, name="worker-2")
one.start()
two.start()
one.join()
two.join()
say(f"2 increments, count is {count}: {2 - count} update lost")
