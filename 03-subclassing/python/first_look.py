"""Lesson 03 on one screen, in Python: a subclass of threading.Thread that overrides run().

Two counters are started and joined: each run() runs on its own thread, named in the
constructor, and each result is an attribute read after join(). A third counter's run() is
called instead of start(): the work then runs on the main thread, and the thread never starts.
Which counter prints first is free; everything else is the same on every run.

Run it from the project root: python3 03-subclassing/python/first_look.py
"""
import sys
import threading


def say(what):
    # One write per line: print() writes the text and the newline apart, so two threads' lines could mix.
    sys.stdout.write(f"[{threading.current_thread().name}] {what}\n")


# tag::subclass[]
class WordCounter(threading.Thread):
    def __init__(self, name, text):
        super().__init__(name=name)           # must come first: Thread.__init__ sets the thread up
        self.text = text
        self.count = 0                        # written by run(), read after join()

    def run(self):                            # what the new thread does, once
        self.count = len(self.text.split(" "))
        say(f"counted {self.count} words")
# end::subclass[]


# tag::start[]
one = WordCounter("counter-1", "a thread subclass overrides run")
two = WordCounter("counter-2", "and start calls it on a new thread")
one.start()                                   # run() begins on the thread counter-1
two.start()
one.join()                                    # after join(), its attributes are ready to read
two.join()
say(f"joined: counter-1 counted {one.count}, counter-2 counted {two.count}")
# end::start[]
# tag::run[]
three = WordCounter("counter-3", "run called directly")
three.run()                                   # no new thread: run() executes on MainThread
say(f"counter-3 was never started: alive {three.is_alive()}, ident {three.ident}")
# end::run[]
