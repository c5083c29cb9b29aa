package dev.threatmodelbot.domain.context;

/** A citable part of a design document: "§3.2 Authentication" and its text. */
public record DocSection(String number, String title, String text) {

    public String citation() {
        return "§" + number + (title.isEmpty() ? "" : " " + title);
    }
}
