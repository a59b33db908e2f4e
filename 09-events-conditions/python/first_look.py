"""Lesson 09 on one screen, in Python: an event, then a condition with several threads waiting.

An event: three runners wait for one threading.Event, and one set() sends all of them off. A
condition: three consumers wait on a threading.Condition until main has made data; each notify()
wakes one, which checks again before it takes an item. Forced like the Java version: a
threading.Barrier lets main give the start only once all runners are at the line, and main puts
items only once all consumers wait (it waits on a second condition of the same lock for that).

Run it from the project root: python3 09-events-conditions/python/first_look.py
"""
import collections
import sys
import threading


def say(what):
    # One write per line: print() writes the text and the newline apart, so two threads' lines could mix.
    sys.stdout.write(f"[{threading.current_thread().name}] {what}\n")


def start_three(role, work):
    threads = [threading.Thread(target=work, name=f"{role}-{i}") for i in range(1, 4)]
    for thread in threads:
        thread.start()
    return threads


start = threading.Event()
at_the_line = threading.Barrier(4, timeout=5)     # three runners and main


def runner():
    say("at the line, waiting for the start")
    at_the_line.wait()
    start.wait()                                    # returns True: the flag was set
    say("go!")


runners = start_three("runner", runner)
at_the_line.wait()
say("start! one set() releases all three")
start.set()
for thread in runners:
    thread.join()

lock = threading.Lock()
data_ready = threading.Condition(lock)             # consumers wait here for items
all_waiting = threading.Condition(lock)            # main waits here for the consumers
items = collections.deque()                        # guarded by lock, like waiting
waiting = 0


def consumer():
    global waiting
    with lock:
        say("no data yet, waits on the condition")
        waiting += 1
        all_waiting.notify()
        while not items:                            # while, not if: check again after waking
            data_ready.wait()                       # lets go of the lock while it waits
        say(f"woke up and took {items.popleft()}")


consumers = start_three("consumer", consumer)
with lock:
    all_waiting.wait_for(lambda: waiting == 3)      # now all three wait on data_ready
    for n in range(1, 4):
        items.append(f"item-{n}")
        say(f"put item-{n}; notify() wakes one waiting consumer")
        data_ready.notify()
for thread in consumers:
    thread.join()
say(f"all three items taken, {len(items)} left")
