package id.bansos.server;

/** The explanation page as an HTML document, for {@code Accept: text/html}. */
final class Html {
    private Html() {}

    /**
     * Wraps the text page of {@code bansos explain} in a small HTML document, escaped, with no
     * script and nothing fetched from elsewhere.
     *
     * @param page the text page, not null
     * @param english whether the page is in English (else Bahasa Indonesia)
     * @return the document, not null
     */
    static String page(String page, boolean english) {
        String lang = english ? "en" : "id";
        String title = english ? "Decision explained" : "Penjelasan keputusan";
        return "<!DOCTYPE html>\n<html lang=\"" + lang + "\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + title + "</title>\n"
                + "<style>body{font-family:system-ui,sans-serif;margin:2rem;max-width:60rem}"
                + "pre{white-space:pre-wrap;font-size:0.95rem;line-height:1.4}</style>\n"
                + "</head>\n<body>\n<h1>" + title + "</h1>\n<pre>" + escape(page) + "</pre>\n</body>\n</html>\n";
    }

    /** Escapes text for an HTML element's content or a quoted attribute. */
    static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
