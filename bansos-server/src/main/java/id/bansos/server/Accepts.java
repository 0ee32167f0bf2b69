package id.bansos.server;

import java.util.Locale;

/** The media type of {@code /v1/explain}'s answer, from the request's {@code Accept} header. */
final class Accepts {
    private Accepts() {}

    /**
     * The first of {@code application/json}, {@code text/plain} and {@code text/html} that the
     * header names, in the order it names them (weights are not weighed: clients of this API name
     * one type); {@code text/plain}, the page of {@code bansos explain}, for anything else.
     *
     * @param accept the header's value, not null
     * @return one of the three media types
     */
    static String choose(String accept) {
        int start = 0;
        while (start <= accept.length()) {
            int comma = accept.indexOf(',', start);
            int end = comma < 0 ? accept.length() : comma;
            String range = accept.substring(start, end);
            int semicolon = range.indexOf(';');
            String type = (semicolon < 0 ? range : range.substring(0, semicolon))
                    .trim()
                    .toLowerCase(Locale.ROOT);
            String chosen = switch (type) {
                case "application/json", "application/problem+json" -> "application/json";
                case "text/html" -> "text/html";
                case "text/plain" -> "text/plain";
                default -> null;
            };
            if (chosen != null) {
                return chosen;
            }
            if (comma < 0) {
                break;
            }
            start = comma + 1;
        }
        return "text/plain";
    }
}
