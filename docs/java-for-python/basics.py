"""What a reader who knows only Python needs to read lesson 01, as the Python twin of
Basics.java: it prints the same lines. Run it from the project's root:
python3 docs/java-for-python/basics.py
"""
import threading
import time


# tag::class[]
def main():                                 # Python runs the file top to bottom; this is a habit
    greet("Ada", 2)
    types_and_var()
    lambdas()
    exceptions()
# end::class[]


# tag::types[]
def greet(name, times):                     # no declared types (hints are optional, unchecked)
    for _ in range(times):
        print("hello, " + name)


def types_and_var():
    count = 3                               # a name for any value: count = "three" is fine
    names = ["worker-1", "worker-2"]
    print(str(count) + " [" + ", ".join(names) + "]")
# end::types[]


# tag::lambdas[]
def lambdas():
    who = "lambda"
    task = lambda: greet(who, 1)            # a lambda: one expression only
    thread = threading.Thread(target=task, name="worker-1")
    thread.start()
    thread.join()
    length = len                            # any function is a value already
    print(length("four"))
# end::lambdas[]


# tag::exceptions[]
def exceptions():
    try:
        time.sleep(0.01)                    # no checked exceptions in Python
    finally:
        print("finally runs either way")
    try:
        int("forty-two")
    except ValueError as e:
        print("caught " + type(e).__name__)
# end::exceptions[]


if __name__ == "__main__":
    main()
