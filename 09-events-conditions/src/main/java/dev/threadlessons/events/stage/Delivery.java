package dev.threadlessons.events.stage;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.threadlessons.events.Item;

/**
 * What one producer/consumer run produced, and what each consumer took: enough to check that
 * every item arrived exactly once, none lost and none taken twice.
 *
 * <p>Thread-safety: immutable; the lists are copied when the record is made.
 *
 * @param produced   every item the producers put, in no particular order
 * @param consumedBy the items each consumer took, by consumer name, in the order it took them
 */
public record Delivery(List<Item> produced, Map<String, List<Item>> consumedBy) {

    public Delivery {
        produced = List.copyOf(produced);
        var copy = new LinkedHashMap<String, List<Item>>();
        consumedBy.forEach((consumer, items) -> copy.put(consumer, List.copyOf(items)));
        consumedBy = Map.copyOf(copy);
    }

    /** Every item taken by any consumer. */
    public List<Item> consumed() {
        var all = new ArrayList<Item>();
        consumedBy.values().forEach(all::addAll);
        return all;
    }

    /** Items produced that no consumer took. */
    public int lost() {
        var taken = new HashSet<>(consumed());
        return (int) produced.stream().filter(item -> !taken.contains(item)).count();
    }

    /** Takes beyond the first of an item: how many times items were consumed more than once. */
    public int duplicated() {
        var all = consumed();
        return all.size() - new HashSet<>(all).size();
    }

    /** Whether the consumers took exactly the items produced, each once. */
    public boolean exactlyOnce() {
        var all = consumed();
        return lost() == 0 && duplicated() == 0 && all.size() == produced.size();
    }

    /** {@code 8 produced, 8 consumed (consumer-1: 3, consumer-2: 5), none lost, none twice}. */
    public String summary() {
        var perConsumer = new StringBuilder();
        consumedBy.keySet().stream().sorted().forEach(consumer -> perConsumer
                .append(perConsumer.length() == 0 ? "" : ", ")
                .append(consumer).append(": ").append(consumedBy.get(consumer).size()));
        return produced.size() + " produced, " + consumed().size() + " consumed (" + perConsumer + "), "
                + (lost() == 0 ? "none" : lost()) + " lost, "
                + (duplicated() == 0 ? "none" : duplicated()) + " twice";
    }
}
