package dev.threadlessons.basics;

/**
 * Lesson 01 on one screen: a thread is an object made from a task (here a lambda that calls a
 * method with an argument); {@code start()} makes a new thread run the task, while {@code run()}
 * is an ordinary call that runs it on the caller. Each line says which thread printed it, and
 * {@code join()} waits for the new thread, so the lines come in the same order on every run.
 * JDK only; ends with status 0. Run it from the project root:
 * {@code java 01-thread-basics/src/main/java/dev/threadlessons/basics/FirstLook.java}
 */
public class FirstLook {

    public static void main(String[] args) throws InterruptedException {
        say("the JVM runs main on this thread");
        // tag::create-and-start[]
        String who = "Ada";                                      // the lambda captures it: Java's args=("Ada",)
        Thread worker = new Thread(() -> greet(who), "worker");  // a task and a name; nothing runs yet
        say("made worker: " + worker.getState());
        worker.run();                                            // an ordinary call: greet runs here, on main
        say("run() returned; worker is still " + worker.getState());
        worker.start();                                          // now a new thread runs greet
        worker.join();                                           // wait until it has finished
        say("start() and join() returned; worker is " + worker.getState());
        // end::create-and-start[]
    }

    static void greet(String who) {
        say("hello, " + who);
    }

    static void say(String what) {
        System.out.println("[" + Thread.currentThread().getName() + "] " + what);
    }
}
