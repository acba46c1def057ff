package org.peelrms.web.audit;

/**
 * Text written into a chart's JSON configuration as a string literal. Audit data holds text users
 * typed (user names tried at sign-in, search criteria), so quotes, backslashes, control characters
 * and anything that could close a script element are escaped.
 */
final class ChartJson {
    private ChartJson() {
    }

    static String string(String text) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : (text == null ? "" : text).toCharArray()) {
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\'') {
                json.append(String.format("\\u%04x", (int) c));
            } else {
                json.append(c);
            }
        }
        return json.append('"').toString();
    }
}
