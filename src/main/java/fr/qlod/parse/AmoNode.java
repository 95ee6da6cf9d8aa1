package fr.qlod.parse;

import java.util.List;
import java.util.Map;

/**
 * One AMO record as a neutral tree, built alike from JSON ({@code @attr}, {@code #text}, a list
 * for repeated children) and from XML, so that one {@link AmoRecords} serves both formats.
 * Null JSON values and {@code xsi:nil} elements are left out of the tree.
 *
 * @param name       the element or key name, without namespace prefix
 * @param attributes attributes as printed ({@code xsi:type}), possibly empty
 * @param text       the element's own text, or null
 * @param children   child nodes in document order, repeated names kept as separate nodes
 */
record AmoNode(String name, Map<String, String> attributes, String text, List<AmoNode> children) {
    AmoNode {
        attributes = Map.copyOf(attributes);
        children = List.copyOf(children);
    }

    static AmoNode leaf(String name, String text) {
        return new AmoNode(name, Map.of(), text, List.of());
    }

    /** The first child of that name, or null. */
    AmoNode child(String childName) {
        for (AmoNode child : children) {
            if (child.name.equals(childName)) {
                return child;
            }
        }
        return null;
    }

    /** Every child of that name, in order. */
    List<AmoNode> children(String childName) {
        return children.stream().filter(c -> c.name.equals(childName)).toList();
    }

    /** The node reached by following the first child of each name, or null. */
    AmoNode at(String... path) {
        AmoNode node = this;
        for (String step : path) {
            node = node.child(step);
            if (node == null) {
                return null;
            }
        }
        return node;
    }

    /** The raw text at that path (the node's own text for an empty path), or null. */
    String textAt(String... path) {
        AmoNode node = at(path);
        return node == null ? null : node.text;
    }
}
