import java.util.List;
import java.util.function.Function;

/**
 * What a reader who knows only Python needs to read lesson 01, as one program that prints the same
 * lines as basics.py beside it. Run it from the project's root with the JDK alone (no build):
 * {@code java docs/java-for-python/Basics.java}; the Python twin: {@code python3 docs/java-for-python/basics.py}.
 */
// tag::class[]
public class Basics {                      // a file holds one public class, named like the file

    public static void main(String[] args) throws InterruptedException {   // the JVM starts here
        greet("Ada", 2);
        typesAndVar();
        lambdas();
        exceptions();
    }
    // end::class[]

    // tag::types[]
    static void greet(String name, int times) {     // every parameter and result has a type
        for (int i = 0; i < times; i++) {
            System.out.println("hello, " + name);
        }
    }

    static void typesAndVar() {
        int count = 3;             // its type is fixed: count = "three" would not compile
        var names = List.of("worker-1", "worker-2");  // var: the compiler infers List<String>
        System.out.println(count + " " + names);
    }
    // end::types[]

    // tag::lambdas[]
    static void lambdas() throws InterruptedException {
        String who = "lambda";                 // a lambda may use a local that never changes
        Runnable task = () -> greet(who, 1);   // a lambda: code as a value, like Python's lambda
        Thread thread = new Thread(task, "worker-1");
        thread.start();
        thread.join();
        Function<String, Integer> length = String::length;   // a method reference: a method as a value
        System.out.println(length.apply("four"));
    }
    // end::lambdas[]

    // tag::exceptions[]
    static void exceptions() {
        try {
            Thread.sleep(10);          // declares InterruptedException, a checked exception:
        } catch (InterruptedException e) {     // the compiler insists it is caught or declared
            Thread.currentThread().interrupt();
        } finally {
            System.out.println("finally runs either way");
        }
        try {
            Integer.parseInt("forty-two");     // NumberFormatException is unchecked: no declaration
        } catch (NumberFormatException e) {
            System.out.println("caught " + e.getClass().getSimpleName());
        }
    }
    // end::exceptions[]
}
