package dev.threatmodelbot.domain.threat;

/** The STRIDE categories, each with its letter. */
public enum Stride {
    SPOOFING('S'),
    TAMPERING('T'),
    REPUDIATION('R'),
    INFORMATION_DISCLOSURE('I'),
    DENIAL_OF_SERVICE('D'),
    ELEVATION_OF_PRIVILEGE('E');

    private final char letter;

    Stride(char letter) {
        this.letter = letter;
    }

    public char letter() {
        return letter;
    }

    public static Stride of(char letter) {
        for (Stride s : values()) {
            if (s.letter == Character.toUpperCase(letter)) {
                return s;
            }
        }
        throw new IllegalArgumentException("no STRIDE category " + letter);
    }
}
