"""Lesson 10 on one screen, in Python: what a program can ask about its own threads.

The same three threads as the Java first look: holder holds a Lock and waits for an Event,
waiter asks for that Lock, permit-waiter asks an empty Semaphore for a permit. Events make
sure each has got that far before the main thread asks. threading.enumerate() lists every
Thread object that is alive (a thread not yet started is not listed); but Python has no thread
states, and neither a Lock nor a Semaphore says who holds it or who waits: Lock.locked() is all
there is, and a Semaphore's count is the private attribute _value, not an API.

Run it from the project root: python3 10-thread-introspection/python/first_look.py
"""
import sys
import threading

lock = threading.Lock()
permits = threading.Semaphore(0)
holding, asking, asking_permit, let_go = (threading.Event() for _ in range(4))


def say(what):
    # One write per line: print() writes the text and the newline apart, so two threads' lines could mix.
    sys.stdout.write(f"[{threading.current_thread().name}] {what}\n")


def hold():
    with lock:
        holding.set()
        let_go.wait()


def wait_for_lock():
    asking.set()
    with lock:                      # waits here until holder lets go
        say("got the lock")


def wait_for_permit():
    asking_permit.set()
    permits.acquire()               # waits here until main releases one
    say("got a permit")


holder = threading.Thread(target=hold, name="holder")
waiter = threading.Thread(target=wait_for_lock, name="waiter")
permit_waiter = threading.Thread(target=wait_for_permit, name="permit-waiter")
not_started = threading.Thread(target=hold, name="not-started")
holder.start()
holding.wait()
waiter.start()
asking.wait()
permit_waiter.start()
asking_permit.wait()
for t in threading.enumerate():     # each has run its first line: all listed, in the order they started
    say(f"{t.name:<14} alive={t.is_alive()} daemon={t.daemon}")
say(f"active_count()={threading.active_count()}; {not_started.name} is not listed"
    f" (alive={not_started.is_alive()}); current_thread() is {threading.current_thread().name}")
say(f"lock.locked()={lock.locked()}: who holds it and who waits for it, Python does not say")
say(f"permits.acquire(blocking=False)={permits.acquire(blocking=False)}: no permit free, and no public count")
let_go.set()
permits.release()
for t in (holder, waiter, permit_waiter):
    t.join()
say(f"after join: {[t.name for t in threading.enumerate()]}")
