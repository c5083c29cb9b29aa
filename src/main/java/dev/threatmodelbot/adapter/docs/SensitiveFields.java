package dev.threatmodelbot.adapter.docs;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What kind of sensitive data a field or parameter name suggests, in the words the offline
 * security patterns know ("credentials", "personal data", "payment card data", "health data").
 */
final class SensitiveFields {
    private static final List<String> CREDENTIALS =
            List.of("password", "passwd", "passphrase", "secret", "token", "apikey", "privatekey", "credential");
    private static final List<String> PAYMENT =
            List.of("cardnumber", "creditcard", "cvv", "cvc", "iban", "accountnumber", "bankaccount", "routingnumber");
    private static final List<String> PERSONAL = List.of("email", "phone", "ssn", "socialsecurity", "dateofbirth",
            "birthdate", "birthday", "address", "passport", "firstname", "lastname", "fullname", "nationalid",
            "taxid", "licensenumber");
    private static final List<String> HEALTH = List.of("diagnos", "medical", "health", "prescription");
    private static final Set<String> SHORT_PAYMENT = Set.of("pan", "card");
    private static final Set<String> SHORT_PERSONAL = Set.of("dob");
    private static final List<String> HARMLESS = List.of("pagetoken", "nexttoken", "tokentype", "expires");

    private SensitiveFields() {}

    /** The kind of data a name suggests; a dotted name also counts as one word ("card.number"). */
    static Optional<String> kind(String fieldName) {
        String word = fieldName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        String leaf = fieldName.substring(fieldName.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        if (HARMLESS.stream().anyMatch(word::contains)) {
            return Optional.empty();
        }
        if (CREDENTIALS.stream().anyMatch(word::contains)) {
            return Optional.of("credentials");
        }
        if (SHORT_PAYMENT.contains(leaf) || PAYMENT.stream().anyMatch(word::contains)) {
            return Optional.of("payment card data");
        }
        if (SHORT_PERSONAL.contains(leaf) || PERSONAL.stream().anyMatch(word::contains)) {
            return Optional.of("personal data");
        }
        if (HEALTH.stream().anyMatch(word::contains)) {
            return Optional.of("health data");
        }
        return Optional.empty();
    }
}
