package dev.threatmodelbot.domain.context;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The context judge of the offline engine: which topics a threat model of this system needs, and
 * how well the facts cover each. A topic with a concrete, uncontested fact is sufficient; one whose
 * facts disagree, or that was only described in words no rule classifies, is partial; one without
 * facts is missing, or assumed once it was asked and nobody knew ({@code asked} holds the keys of
 * topics whose questions are all closed).
 *
 * <p>Parts the sources name only in passing (one mention, no data flow) weigh a third as much:
 * a threat model is about the parts data moves through, and listing a product must not make the
 * interview longer. People, roles and screens the sources name ("Data Engineer", "Login Page") are
 * not parts and have no topics of their own.
 *
 * <p>Enough to draft means the weighted coverage people are shown ({@link #percent()}) is 70% or
 * more; below that, the interview stops only when its question budget is spent or nothing is left
 * worth asking, and what is still open becomes the draft's explicit assumptions.
 */
public record Coverage(List<Topic> topics, Set<String> asked) {

    public Coverage {
        topics = List.copyOf(topics);
        asked = Set.copyOf(asked);
    }

    private static final Set<Property> SYSTEM_TOPICS =
            Set.of(Property.DATA_CLASSIFICATION, Property.SECRETS, Property.LOGGING);

    public static Coverage of(ContextModel model) {
        return of(model, Set.of());
    }

    public static Coverage of(ContextModel model, Set<String> asked) {
        Map<Matter, List<Fact>> about = new HashMap<>(); // facts by subject and property, in fact order
        for (Fact f : model.facts()) {
            about.computeIfAbsent(new Matter(f.subject(), f.property()), k -> new ArrayList<>()).add(f);
        }
        List<Topic> topics = new ArrayList<>();
        Set<String> elsewhere = model.reviewedElsewhere(); // once: this runs on every event
        for (Property p : SYSTEM_TOPICS) {
            topics.add(rate(about, asked, Fact.SYSTEM, "the system", p, systemWeight(p)));
        }
        for (Component c : model.components()) {
            if (!isPart(c) || elsewhere.contains(c.id())) {
                continue;
            }
            boolean inPassing = c.mentions().size() <= 1
                    && model.flows().stream().noneMatch(f -> f.source().equals(c.id()) || f.target().equals(c.id()));
            for (Property p : propertiesOf(c.kind())) {
                int w = weight(c.kind(), p);
                topics.add(rate(about, asked, c.id(), c.name(), p, inPassing ? Math.max(1, w / 3) : w));
            }
        }
        for (DataFlow f : model.flows()) {
            boolean between = model.component(f.source()).map(Coverage::isPart).orElse(true)
                    || model.component(f.target()).map(Coverage::isPart).orElse(true);
            if (!between || elsewhere.contains(f.id())) {
                continue;
            }
            String name = model.component(f.source()).map(Component::name).orElse(f.source()) + " → "
                    + model.component(f.target()).map(Component::name).orElse(f.target());
            topics.add(rate(about, asked, f.id(), name, Property.TRANSPORT, 8));
        }
        // weightiest first; among equals, the parts the sources talk about most
        java.util.Map<String, Integer> mentions = new java.util.HashMap<>();
        model.components().forEach(c -> mentions.put(c.id(), c.mentions().size()));
        model.flows().forEach(f -> mentions.put(f.id(), f.mentions().size()
                + mentions.getOrDefault(f.source(), 0)));
        topics.sort(Comparator.comparingInt(Topic::weight).reversed()
                .thenComparing(t -> -mentions.getOrDefault(t.subject(), Integer.MAX_VALUE / 2))
                .thenComparing(Topic::key));
        return new Coverage(topics, asked);
    }

    /** Share of the weight that is sufficiently known, 0–100; partial counts half. */
    public int percent() {
        int total = topics.stream().mapToInt(Topic::weight).sum();
        if (total == 0) {
            return 0;
        }
        double known = topics.stream().mapToDouble(t -> t.weight() * (t.rating() == Rating.SUFFICIENT ? 1
                : t.rating() == Rating.PARTIAL ? 0.5 : 0)).sum();
        return (int) Math.round(100 * known / total);
    }

    public List<Topic> gaps() {
        return topics.stream().filter(Topic::isGap).toList();
    }

    /** Enough to draft: the coverage shown to people is at least {@value #ENOUGH_PERCENT}%. */
    public boolean enough() {
        return !topics.isEmpty() && percent() >= ENOUGH_PERCENT;
    }

    public static final int ENOUGH_PERCENT = 70;

    /**
     * Whether a component is a part of the system (something that runs or stores) rather than a
     * person, a role or a screen of the user interface, which the sources also name.
     */
    public static boolean isPart(Component c) {
        if (c.kind() == ComponentKind.EXTERNAL_ENTITY) {
            return false;
        }
        String[] words = NOT_LETTERS.split(c.name().toLowerCase(java.util.Locale.ROOT));
        return words.length == 0 || !NOT_PARTS.contains(words[words.length - 1]);
    }

    private static final java.util.regex.Pattern NOT_LETTERS = java.util.regex.Pattern.compile("[^a-z]+");

    /** Last words that name people, roles or screens, not parts ("Data Engineer", "Settings Page"). */
    private static final Set<String> NOT_PARTS = Set.of("user", "users", "admin", "admins", "administrator",
            "administrators", "customer", "customers", "operator", "operators", "engineer", "engineers", "developer",
            "developers", "analyst", "analysts", "scientist", "scientists", "staff", "employee", "employees",
            "person", "people", "actor", "actors", "role", "roles", "attacker", "attackers", "team", "teams",
            "page", "pages", "screen", "screens", "tab", "button", "form", "dialog", "modal", "menu", "wizard");

    /** Nothing more to ask about it now. */
    public boolean settled(Topic t) {
        return t.rating() == Rating.SUFFICIENT || t.rating() == Rating.ASSUMED || asked.contains(t.key());
    }

    /** Topics asked where nobody knew: explicit assumptions of the threat model. */
    public List<Topic> assumed() {
        return topics.stream().filter(t -> t.rating() == Rating.ASSUMED).toList();
    }

    static List<Property> propertiesOf(ComponentKind kind) {
        if (kind == ComponentKind.VECTOR_STORE) {
            return List.of(Property.AUTHENTICATION, Property.AUTHORIZATION, Property.EXPOSURE,
                    Property.DATA_PROVENANCE, Property.ENCRYPTION_AT_REST);
        }
        if (kind.isDataStore()) {
            return List.of(Property.AUTHENTICATION, Property.AUTHORIZATION, Property.ENCRYPTION_AT_REST,
                    Property.EXPOSURE);
        }
        return switch (kind) {
            case EXTERNAL_ENTITY -> List.of(); // people and outside parties are not parts of the network
            case EXTERNAL_SERVICE, IDENTITY_PROVIDER, LOGGING, CDN -> List.of(Property.EXPOSURE);
            case LOAD_BALANCER -> List.of(Property.EXPOSURE, Property.RATE_LIMITING); // nobody signs in to one
            case API, API_GATEWAY, WEB_APP -> List.of(Property.AUTHENTICATION,
                    Property.AUTHORIZATION, Property.EXPOSURE, Property.INPUT_VALIDATION, Property.RATE_LIMITING);
            case LLM -> List.of(Property.INPUT_VALIDATION, Property.OUTPUT_HANDLING, Property.TOOL_ACCESS,
                    Property.MODEL_SOURCE, Property.AUTHENTICATION, Property.EXPOSURE, Property.RATE_LIMITING);
            case ML_MODEL -> List.of(Property.MODEL_SOURCE, Property.DATA_PROVENANCE, Property.AUTHENTICATION,
                    Property.EXPOSURE);
            case ML_PIPELINE, NOTEBOOK -> List.of(Property.DATA_PROVENANCE, Property.AUTHENTICATION,
                    Property.AUTHORIZATION, Property.EXPOSURE);
            default -> List.of(Property.AUTHENTICATION, Property.AUTHORIZATION, Property.EXPOSURE);
        };
    }

    static int weight(ComponentKind kind, Property p) {
        return switch (p) {
            case AUTHENTICATION, EXPOSURE -> 9;
            case AUTHORIZATION, ENCRYPTION_AT_REST -> 7;
            case INPUT_VALIDATION -> kind == ComponentKind.LLM ? 9 : 6;
            case OUTPUT_HANDLING, TOOL_ACCESS, DATA_PROVENANCE -> 8;
            case MODEL_SOURCE -> 6;
            default -> 4;
        };
    }

    static int systemWeight(Property p) {
        return p == Property.DATA_CLASSIFICATION ? 9 : 5;
    }

    private record Matter(String subject, Property property) {}

    static Topic rate(Map<Matter, List<Fact>> about, Set<String> asked, String subject, String name, Property p,
            int weight) {
        List<Fact> live = about.getOrDefault(new Matter(subject, p), List.of()).stream()
                .filter(f -> f.status() != FactStatus.SUPERSEDED).toList();
        if (live.isEmpty()) {
            return asked.contains(subject + ":" + p)
                    ? new Topic(subject, name, p, weight, Rating.ASSUMED, "asked; no answer")
                    : new Topic(subject, name, p, weight, Rating.MISSING, "nobody has said yet");
        }
        List<Fact> stated = live.stream().filter(f -> !f.value().equals(Fact.DESCRIBED)).toList();
        if (stated.isEmpty()) {
            return new Topic(subject, name, p, weight, Rating.PARTIAL, "described in words I can't classify ("
                    + live.get(0).source().reference() + ")");
        }
        live = stated;
        if (Conflicts.any(live) || live.stream().anyMatch(f -> f.status() == FactStatus.CONTRADICTED)) {
            return new Topic(subject, name, p, weight, Rating.PARTIAL, "sources disagree");
        }
        String values = String.join(", ", live.stream().map(Fact::value).distinct().toList());
        if (live.stream().allMatch(f -> f.source().imported()) && !asked.contains(subject + ":" + p)) {
            return new Topic(subject, name, p, weight, Rating.PARTIAL, values + " in the imported model ("
                    + live.get(0).source().reference() + "); it may have changed since");
        }
        return new Topic(subject, name, p, weight, Rating.SUFFICIENT,
                values + " (" + live.get(0).source().reference() + ")");
    }
}
