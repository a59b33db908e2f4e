"""Lesson 01 on one screen, in Python: create a thread, then run() versus start().

A thread is an object made from a target and its args; start() makes a new thread run the
target, while run() is an ordinary call that runs it on the caller. Each line says which thread
printed it, and join() waits for the new thread, so the lines come in the same order on every run.

CPython's Thread.run() forgets its target once it has run it (Lib/threading.py deletes _target
and _args), so a Thread whose run() was called cannot then start() its target: this program
makes a second Thread for start(). Java's Thread keeps its task, and its FirstLook uses one.

Run it from the project root: python3 01-thread-basics/python/first_look.py
"""
import sys
import threading


def say(what):
    # One write per line: print() writes the text and the newline apart, so two threads' lines could mix.
    sys.stdout.write(f"[{threading.current_thread().name}] {what}\n")


def greet(who):
    say(f"hello, {who}")


say("Python runs the program on this thread")
# tag::create-and-start[]
first = threading.Thread(target=greet, args=("Ada",), name="worker")  # nothing runs yet
say(f"made worker: alive={first.is_alive()}")
first.run()                                                # an ordinary call: greet runs here
say(f"run() returned; worker is still alive={first.is_alive()}")
worker = threading.Thread(target=greet, args=("Ada",), name="worker")
worker.start()                                              # now a new thread runs greet
worker.join()                                               # wait until it has finished
say(f"start() and join() returned; worker is alive={worker.is_alive()}")
# end::create-and-start[]
