package newssearch.item;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A person the article names, without honorifics, with the role or affiliation the text gives, if any.
 *
 * @param name as written in the article ("John McGregor")
 * @param role as written ("Head of the OSCE Centre in Ashgabat"), or empty when the text states none
 */
public record Person(String name, Optional<String> role) {

    public Person {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a person needs a name");
        }
    }

    public static Person of(String name, String roleOrNull) {
        return new Person(name, Optional.ofNullable(roleOrNull).filter(r -> !r.isBlank()));
    }

    /** The role {@code people} give the person named {@code name}: the first of that name's, if it has one. */
    public static Optional<String> roleOf(List<Person> people, String name) {
        return people.stream().filter(person -> person.name().equals(name)).findFirst().flatMap(Person::role);
    }
}
