package org.resourcelibrary.core.search.query;

import java.util.ArrayList;
import java.util.List;
import org.resourcelibrary.core.search.query.UserQuery.Clause;
import org.resourcelibrary.core.search.query.UserQuery.Group;
import org.resourcelibrary.core.search.query.UserQuery.Nested;

/**
 * A query as its operators read ({@link UserQueryParser}), and the same query as the groups a search takes
 * ({@link UserQuery}): what is joined by {@code AND} or side by side becomes groups that must all match,
 * {@code OR} the alternatives of one group, {@code NOT} a prohibited group; what a group cannot hold (an
 * {@code AND} or {@code NOT} inside an {@code OR}) is nested.
 */
final class BooleanTree {

    private BooleanTree() {
    }

    /** A part of a query read by its operators; parts that held nothing (a lone {@code ?}) are null. */
    sealed interface Node permits Leaf, Not, And, Or {
    }

    record Leaf(Clause clause) implements Node {
    }

    record Not(Node node) implements Node {
    }

    /** Parts that must all match; {@code explicit} when joined by {@code AND} rather than side by side. */
    record And(List<Node> parts, boolean explicit) implements Node {
    }

    record Or(List<Node> alternatives) implements Node {
    }

    static Node not(Node node) {
        return node == null ? null : new Not(node);
    }

    static Node and(List<Node> parts, boolean explicit) {
        return parts.isEmpty() ? null : parts.size() == 1 ? parts.get(0) : new And(List.copyOf(parts), explicit);
    }

    static Node or(List<Node> alternatives) {
        return alternatives.isEmpty() ? null : alternatives.size() == 1 ? alternatives.get(0)
                : new Or(List.copyOf(alternatives));
    }

    /** The groups of a query read by its operators. */
    static UserQuery query(Node node) {
        List<Group> groups = new ArrayList<>();
        addGroups(groups, node, false);
        return new UserQuery(groups);
    }

    /**
     * Adds {@code node} as groups that must all match. Parts joined by {@code AND} are required, and so is
     * everything inside them: an explicit {@code AND} is never relaxed.
     */
    private static void addGroups(List<Group> groups, Node node, boolean required) {
        if (node instanceof And and) {
            and.parts().forEach(part -> addGroups(groups, part, required || and.explicit()));
        } else if (node instanceof Not not) {
            groups.add(new Group(alternatives(not.node()), true, false));
        } else {
            groups.add(new Group(alternatives(node), false, required));
        }
    }

    private static List<Clause> alternatives(Node node) {
        if (node instanceof Leaf leaf) {
            return List.of(leaf.clause());
        }
        if (node instanceof Or or) {
            return or.alternatives().stream().flatMap(alternative -> alternatives(alternative).stream()).toList();
        }
        // AND or NOT inside an OR (or under a NOT): a query of its own.
        return List.of(new Nested(query(node)));
    }
}
