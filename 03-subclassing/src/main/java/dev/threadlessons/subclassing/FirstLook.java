package dev.threadlessons.subclassing;

/**
 * Lesson 03 on one screen: a {@code Thread} subclass with its own fields and its own {@code run()},
 * as Python's {@code class WordCounter(threading.Thread)}. Two are started and joined: each
 * {@code run()} runs on its own thread, named in the constructor, and each result is a field read
 * after {@code join()}. A third counter's {@code run()} is called instead of {@code start()}: the
 * work then runs on {@code main}, and the thread object never starts. Which counter prints first is
 * free; everything else is the same on every run.
 * JDK only; ends with status 0. Run it from the project root:
 * {@code java 03-subclassing/src/main/java/dev/threadlessons/subclassing/FirstLook.java}
 */
public class FirstLook {

    // tag::subclass[]
    static class WordCounter extends Thread {
        private final String text;
        private int count;                          // written by run(), read after join()

        WordCounter(String name, String text) {
            super(name);                            // names the thread; starting it is the caller's job
            this.text = text;
        }

        @Override
        public void run() {                         // what the new thread does, once
            count = text.split(" ").length;
            say("counted " + count + " words");
        }
    }
    // end::subclass[]

    public static void main(String[] args) throws InterruptedException {
        // tag::start[]
        var one = new WordCounter("counter-1", "a thread subclass overrides run");
        var two = new WordCounter("counter-2", "and start calls it on a new thread");
        one.start();                                // run() begins on the thread counter-1
        two.start();
        one.join();                                 // after join(), its fields are safe to read
        two.join();
        say("joined: counter-1 counted " + one.count + ", counter-2 counted " + two.count);
        // end::start[]
        // tag::run[]
        var three = new WordCounter("counter-3", "run called directly");
        three.run();                                // no new thread: run() executes on main
        say("counter-3 was never started: " + three.getState());
        // end::run[]
    }

    static void say(String what) { System.out.println("[" + Thread.currentThread().getName() + "] " + what); }
}
